-- Test cases for version 1 so that, with the eight of V20, they exercise every outcome, every criterion
-- met and unmet, each path's threshold exactly and one point below (where a score can be that), and every
-- option. The coverage of each published version is kept beside it, written when it is published; version
-- 1's figures are the ones these cases give (a therapy score of 2 cannot be reached: its weights are 3 and 1).
-- Runs unchanged on H2 (plain and MODE=PostgreSQL) and PostgreSQL.

CREATE TABLE published_coverage (
    rule_set_id BIGINT  NOT NULL PRIMARY KEY REFERENCES rule_set (id) ON DELETE CASCADE,
    covered     INTEGER NOT NULL,
    total       INTEGER NOT NULL,
    unreachable INTEGER NOT NULL,
    CONSTRAINT published_coverage_figures CHECK (covered >= 0 AND covered <= total AND unreachable >= 0)
);

INSERT INTO test_case (rule_set_id, name, expected_outcome, position) SELECT id, 'Wanting to understand the roots of a pattern, paid by insurance', 'THERAPY', 9 FROM rule_set WHERE version = 1;
INSERT INTO test_case (rule_set_id, name, expected_outcome, position) SELECT id, 'Low mood most days with a diagnosed condition', 'THERAPY', 10 FROM rule_set WHERE version = 1;
INSERT INTO test_case (rule_set_id, name, expected_outcome, position) SELECT id, 'Struggling to get through the day with thoughts of self-harm nearly every day', 'URGENT_SUPPORT', 11 FROM rule_set WHERE version = 1;
INSERT INTO test_case (rule_set_id, name, expected_outcome, position) SELECT id, 'Thoughts of self-harm on more than half the days', 'URGENT_SUPPORT', 12 FROM rule_set WHERE version = 1;
INSERT INTO test_case (rule_set_id, name, expected_outcome, position) SELECT id, 'Only wanting someone to keep them on track', 'EXPLORE', 13 FROM rule_set WHERE version = 1;

-- Every new case starts from the same calm answers as those of V20; the updates below give each its situation.
INSERT INTO test_case_answer (test_case_id, question_key, option_key)
SELECT t.id, calm.question_key, calm.option_key
FROM test_case t
JOIN rule_set r ON r.id = t.rule_set_id
CROSS JOIN (
    SELECT 'daily-functioning' AS question_key, 'not-at-all' AS option_key
    UNION ALL SELECT 'phq2-interest' AS question_key, 'not-at-all' AS option_key
    UNION ALL SELECT 'phq2-mood' AS question_key, 'not-at-all' AS option_key
    UNION ALL SELECT 'gad2-nervous' AS question_key, 'not-at-all' AS option_key
    UNION ALL SELECT 'gad2-worry' AS question_key, 'not-at-all' AS option_key
    UNION ALL SELECT 'self-harm' AS question_key, 'not-at-all' AS option_key
    UNION ALL SELECT 'diagnosed-condition' AS question_key, 'no' AS option_key
    UNION ALL SELECT 'grief-addiction' AS question_key, 'no' AS option_key
    UNION ALL SELECT 'trauma' AS question_key, 'no' AS option_key
    UNION ALL SELECT 'understand-why' AS question_key, 'no' AS option_key
    UNION ALL SELECT 'focus' AS question_key, 'both' AS option_key
    UNION ALL SELECT 'feeling-stuck' AS question_key, 'no' AS option_key
    UNION ALL SELECT 'growth-goal' AS question_key, 'no' AS option_key
    UNION ALL SELECT 'performance' AS question_key, 'no' AS option_key
    UNION ALL SELECT 'accountability' AS question_key, 'no' AS option_key
    UNION ALL SELECT 'documentation' AS question_key, 'no' AS option_key
    UNION ALL SELECT 'insurance' AS question_key, 'no' AS option_key
    UNION ALL SELECT 'format' AS question_key, 'no-preference' AS option_key
) calm
WHERE r.version = 1 AND t.name IN ('Wanting to understand the roots of a pattern, paid by insurance', 'Low mood most days with a diagnosed condition', 'Struggling to get through the day with thoughts of self-harm nearly every day', 'Thoughts of self-harm on more than half the days', 'Only wanting someone to keep them on track');

-- Wanting to understand the roots of a pattern, paid by insurance: THERAPY
UPDATE test_case_answer SET option_key = 'yes' WHERE question_key = 'understand-why' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Wanting to understand the roots of a pattern, paid by insurance');
UPDATE test_case_answer SET option_key = 'heal-past' WHERE question_key = 'focus' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Wanting to understand the roots of a pattern, paid by insurance');
UPDATE test_case_answer SET option_key = 'yes' WHERE question_key = 'insurance' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Wanting to understand the roots of a pattern, paid by insurance');
UPDATE test_case_answer SET option_key = 'one-to-one' WHERE question_key = 'format' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Wanting to understand the roots of a pattern, paid by insurance');

-- Low mood most days with a diagnosed condition: THERAPY
UPDATE test_case_answer SET option_key = 'more-than-half' WHERE question_key = 'phq2-interest' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Low mood most days with a diagnosed condition');
UPDATE test_case_answer SET option_key = 'several-days' WHERE question_key = 'phq2-mood' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Low mood most days with a diagnosed condition');
UPDATE test_case_answer SET option_key = 'several-days' WHERE question_key = 'gad2-nervous' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Low mood most days with a diagnosed condition');
UPDATE test_case_answer SET option_key = 'a-little' WHERE question_key = 'daily-functioning' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Low mood most days with a diagnosed condition');
UPDATE test_case_answer SET option_key = 'yes' WHERE question_key = 'diagnosed-condition' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Low mood most days with a diagnosed condition');
UPDATE test_case_answer SET option_key = 'not-sure' WHERE question_key = 'trauma' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Low mood most days with a diagnosed condition');

-- Struggling to get through the day with thoughts of self-harm nearly every day: URGENT_SUPPORT
UPDATE test_case_answer SET option_key = 'severely' WHERE question_key = 'daily-functioning' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Struggling to get through the day with thoughts of self-harm nearly every day');
UPDATE test_case_answer SET option_key = 'nearly-every-day' WHERE question_key = 'phq2-interest' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Struggling to get through the day with thoughts of self-harm nearly every day');
UPDATE test_case_answer SET option_key = 'nearly-every-day' WHERE question_key = 'phq2-mood' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Struggling to get through the day with thoughts of self-harm nearly every day');
UPDATE test_case_answer SET option_key = 'nearly-every-day' WHERE question_key = 'gad2-nervous' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Struggling to get through the day with thoughts of self-harm nearly every day');
UPDATE test_case_answer SET option_key = 'nearly-every-day' WHERE question_key = 'gad2-worry' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Struggling to get through the day with thoughts of self-harm nearly every day');
UPDATE test_case_answer SET option_key = 'nearly-every-day' WHERE question_key = 'self-harm' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Struggling to get through the day with thoughts of self-harm nearly every day');

-- Thoughts of self-harm on more than half the days: URGENT_SUPPORT
UPDATE test_case_answer SET option_key = 'more-than-half' WHERE question_key = 'self-harm' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Thoughts of self-harm on more than half the days');
UPDATE test_case_answer SET option_key = 'several-days' WHERE question_key = 'phq2-interest' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Thoughts of self-harm on more than half the days');
UPDATE test_case_answer SET option_key = 'more-than-half' WHERE question_key = 'phq2-mood' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Thoughts of self-harm on more than half the days');
UPDATE test_case_answer SET option_key = 'more-than-half' WHERE question_key = 'gad2-worry' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Thoughts of self-harm on more than half the days');

-- Only wanting someone to keep them on track: EXPLORE
UPDATE test_case_answer SET option_key = 'yes' WHERE question_key = 'accountability' AND test_case_id = (SELECT t.id FROM test_case t JOIN rule_set r ON r.id = t.rule_set_id WHERE r.version = 1 AND t.name = 'Only wanting someone to keep them on track');

-- What Coverage computes for version 1 with its thirteen cases.
INSERT INTO published_coverage (rule_set_id, covered, total, unreachable) SELECT id, 92, 92, 1 FROM rule_set WHERE version = 1;
