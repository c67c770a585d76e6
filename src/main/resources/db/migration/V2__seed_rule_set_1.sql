-- Seed: rule set version 1, exactly as design/questionnaire.md describes a fresh install,
-- with the comparison content taken from the seed article (image captions are deliberately left out).
-- No explicit ids: every foreign key is looked up through the version-1 rule set.
-- Runs unchanged on H2 (plain and MODE=PostgreSQL) and PostgreSQL.

INSERT INTO rule_set (version, status, therapy_threshold, coaching_threshold, created_at, published_at, published_by, note)
VALUES (1, 'PUBLISHED', 3, 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'seed', 'Seeded from the article');

-- Sections ---------------------------------------------------------------

INSERT INTO section (rule_set_id, section_key, title, position) SELECT id, 'wellbeing', 'How you have been feeling', 1 FROM rule_set WHERE version = 1;
INSERT INTO section (rule_set_id, section_key, title, position) SELECT id, 'goals', 'What you are looking for', 2 FROM rule_set WHERE version = 1;
INSERT INTO section (rule_set_id, section_key, title, position) SELECT id, 'practical', 'Practical needs', 3 FROM rule_set WHERE version = 1;

-- Questions --------------------------------------------------------------

-- section wellbeing
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'daily-functioning',
       'Over the past month, how much have emotional difficulties got in the way of your daily life: work or study, relationships, sleep, looking after yourself?',
       'Think about the past month as a whole, not just your best or worst days.',
       1, TRUE, NULL
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'wellbeing';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'phq2-interest',
       'Over the last 2 weeks, how often have you been bothered by little interest or pleasure in doing things?',
       'Choose the answer closest to how often this has happened in the last 2 weeks.',
       2, TRUE, 'phq2'
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'wellbeing';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'phq2-mood',
       'Over the last 2 weeks, how often have you been bothered by feeling down, depressed, or hopeless?',
       'Choose the answer closest to how often this has happened in the last 2 weeks.',
       3, TRUE, 'phq2'
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'wellbeing';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'gad2-nervous',
       'Over the last 2 weeks, how often have you been bothered by feeling nervous, anxious, or on edge?',
       'Choose the answer closest to how often this has happened in the last 2 weeks.',
       4, TRUE, 'gad2'
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'wellbeing';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'gad2-worry',
       'Over the last 2 weeks, how often have you been bothered by not being able to stop or control worrying?',
       'Choose the answer closest to how often this has happened in the last 2 weeks.',
       5, TRUE, 'gad2'
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'wellbeing';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'self-harm',
       'Over the last 2 weeks, how often have you been bothered by thoughts that you would be better off dead, or of hurting yourself in some way?',
       'Choose the answer closest to how often this has happened in the last 2 weeks. If you are having these thoughts, you do not have to face them alone: help is available today.',
       6, TRUE, NULL
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'wellbeing';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'diagnosed-condition',
       'Have you been diagnosed with, or do you think you may have, a mental health condition such as depression, an anxiety disorder or PTSD?',
       'Answer yes if you have a diagnosis, or if you think you may have such a condition.',
       7, TRUE, NULL
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'wellbeing';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'grief-addiction',
       'Are you going through grief or loss, or struggling with alcohol, drugs, gambling or another addiction, in a way that disrupts your daily life?',
       'Answer yes if either applies to you.',
       8, TRUE, NULL
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'wellbeing';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'trauma',
       'Is there a painful or traumatic experience that still affects you and that you would like to work through?',
       'You do not need to describe it here.',
       9, TRUE, NULL
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'wellbeing';

-- section goals
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'understand-why',
       'Do you want to uncover the deeper "why" behind your emotions or patterns?',
       'For example, where a feeling comes from, or why you keep reacting in the same way.',
       1, TRUE, NULL
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'goals';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'focus',
       'Which matters more to you right now?',
       'Pick the one closest to what you want from support.',
       2, TRUE, NULL
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'goals';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'feeling-stuck',
       'Do you feel stuck, and need clarity about your next steps?',
       NULL,
       3, TRUE, NULL
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'goals';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'growth-goal',
       'Do you have a personal or professional goal (career growth, leadership, a project, a life change) that you want a structured plan for?',
       NULL,
       4, TRUE, NULL
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'goals';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'performance',
       'Is your life generally working well, and you want to reach a higher level of performance?',
       NULL,
       5, TRUE, NULL
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'goals';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'accountability',
       'Would structure, motivation and someone holding you accountable help you most right now?',
       NULL,
       6, TRUE, NULL
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'goals';

-- section practical
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'documentation',
       'Do you need documentation for medical leave, an insurance claim, a court case or academic accommodations?',
       'For example, a letter or report from a professional.',
       1, TRUE, NULL
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'practical';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'insurance',
       'Would you like to use health insurance to pay for support?',
       'Optional: you can skip this question.',
       2, FALSE, NULL
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'practical';
INSERT INTO question (section_id, question_key, prompt, help, position, required, scale_key)
SELECT s.id, 'format',
       'Which format appeals to you most?',
       'Optional: you can skip this question.',
       3, FALSE, NULL
FROM section s JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND s.section_key = 'practical';

-- Answer options ---------------------------------------------------------

-- daily-functioning
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'not-at-all', 'Not at all', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'daily-functioning';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'a-little', 'A little', 0, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'daily-functioning';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'quite-a-bit', 'Quite a bit', 0, 3
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'daily-functioning';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'severely', 'Severely: it is hard to get through the day', 0, 4
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'daily-functioning';

-- phq2-interest
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'not-at-all', 'Not at all', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'phq2-interest';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'several-days', 'Several days', 1, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'phq2-interest';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'more-than-half', 'More than half the days', 2, 3
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'phq2-interest';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'nearly-every-day', 'Nearly every day', 3, 4
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'phq2-interest';

-- phq2-mood
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'not-at-all', 'Not at all', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'phq2-mood';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'several-days', 'Several days', 1, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'phq2-mood';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'more-than-half', 'More than half the days', 2, 3
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'phq2-mood';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'nearly-every-day', 'Nearly every day', 3, 4
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'phq2-mood';

-- gad2-nervous
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'not-at-all', 'Not at all', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'gad2-nervous';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'several-days', 'Several days', 1, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'gad2-nervous';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'more-than-half', 'More than half the days', 2, 3
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'gad2-nervous';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'nearly-every-day', 'Nearly every day', 3, 4
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'gad2-nervous';

-- gad2-worry
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'not-at-all', 'Not at all', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'gad2-worry';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'several-days', 'Several days', 1, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'gad2-worry';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'more-than-half', 'More than half the days', 2, 3
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'gad2-worry';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'nearly-every-day', 'Nearly every day', 3, 4
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'gad2-worry';

-- self-harm
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'not-at-all', 'Not at all', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'self-harm';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'several-days', 'Several days', 1, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'self-harm';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'more-than-half', 'More than half the days', 2, 3
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'self-harm';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'nearly-every-day', 'Nearly every day', 3, 4
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'self-harm';

-- diagnosed-condition
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'yes', 'Yes', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'diagnosed-condition';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'not-sure', 'I''m not sure', 0, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'diagnosed-condition';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'no', 'No', 0, 3
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'diagnosed-condition';

-- grief-addiction
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'yes', 'Yes', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'grief-addiction';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'no', 'No', 0, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'grief-addiction';

-- trauma
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'yes', 'Yes', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'trauma';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'not-sure', 'I''m not sure', 0, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'trauma';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'no', 'No', 0, 3
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'trauma';

-- understand-why
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'yes', 'Yes', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'understand-why';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'somewhat', 'Somewhat', 0, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'understand-why';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'no', 'No', 0, 3
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'understand-why';

-- focus
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'heal-past', 'Healing or making sense of the past', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'focus';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'build-future', 'Building toward goals for the future', 0, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'focus';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'both', 'Both equally', 0, 3
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'focus';

-- feeling-stuck
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'yes', 'Yes', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'feeling-stuck';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'somewhat', 'Somewhat', 0, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'feeling-stuck';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'no', 'No', 0, 3
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'feeling-stuck';

-- growth-goal
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'yes', 'Yes', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'growth-goal';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'no', 'No', 0, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'growth-goal';

-- performance
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'yes', 'Yes', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'performance';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'no', 'No', 0, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'performance';

-- accountability
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'yes', 'Yes', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'accountability';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'somewhat', 'Somewhat', 0, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'accountability';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'no', 'No', 0, 3
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'accountability';

-- documentation
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'yes', 'Yes', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'documentation';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'no', 'No', 0, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'documentation';

-- insurance
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'yes', 'Yes', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'insurance';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'no', 'No', 0, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'insurance';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'not-sure', 'I''m not sure', 0, 3
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'insurance';

-- format
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'one-to-one', 'One-to-one sessions', 0, 1
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'format';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'group-or-workshop', 'Group programs, workshops, retreats or online courses', 0, 2
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'format';
INSERT INTO answer_option (question_id, option_key, label, score, position) SELECT q.id, 'no-preference', 'No preference', 0, 3
FROM question q JOIN section s ON s.id = q.section_id JOIN rule_set r ON r.id = s.rule_set_id WHERE r.version = 1 AND q.question_key = 'format';

-- Criteria ---------------------------------------------------------------

INSERT INTO criterion (rule_set_id, code, pathway, title, reason, weight, clinical, exclusive, active, match_mode, position)
SELECT id, 'therapy.daily-life', 'THERAPY',
       'Emotional struggles interfere with daily living',
       'Choosing therapy is often necessary when emotional struggles interfere with daily living.',
       3, TRUE, FALSE, TRUE, 'ANY', 1 FROM rule_set WHERE version = 1;
INSERT INTO criterion (rule_set_id, code, pathway, title, reason, weight, clinical, exclusive, active, match_mode, position)
SELECT id, 'therapy.mental-health', 'THERAPY',
       'Struggling with ongoing mental health challenges such as anxiety or PTSD',
       'Struggling with ongoing mental health challenges such as anxiety or PTSD',
       3, TRUE, FALSE, TRUE, 'ANY', 2 FROM rule_set WHERE version = 1;
INSERT INTO criterion (rule_set_id, code, pathway, title, reason, weight, clinical, exclusive, active, match_mode, position)
SELECT id, 'therapy.grief-addiction', 'THERAPY',
       'Experiencing grief or addiction that disrupts daily life',
       'Experiencing grief or addiction that disrupts daily life',
       3, TRUE, FALSE, TRUE, 'ANY', 3 FROM rule_set WHERE version = 1;
INSERT INTO criterion (rule_set_id, code, pathway, title, reason, weight, clinical, exclusive, active, match_mode, position)
SELECT id, 'therapy.trauma', 'THERAPY',
       'Wanting to process trauma',
       'Wanting to process trauma or uncover the deeper “why” behind emotions',
       3, TRUE, FALSE, TRUE, 'ANY', 4 FROM rule_set WHERE version = 1;
INSERT INTO criterion (rule_set_id, code, pathway, title, reason, weight, clinical, exclusive, active, match_mode, position)
SELECT id, 'therapy.deeper-why', 'THERAPY',
       'Wanting to uncover the deeper "why" behind emotions',
       'Therapy allows clients to process emotions in a safe space while identifying and addressing root causes that influence behavior.',
       3, FALSE, FALSE, TRUE, 'ANY', 5 FROM rule_set WHERE version = 1;
INSERT INTO criterion (rule_set_id, code, pathway, title, reason, weight, clinical, exclusive, active, match_mode, position)
SELECT id, 'therapy.documentation', 'THERAPY',
       'Seeking documentation for medical leave or academic accommodations',
       'Therapists are authorized to supply medical documentation needed for insurance claims, court cases, or academic accommodations.',
       3, FALSE, TRUE, TRUE, 'ANY', 6 FROM rule_set WHERE version = 1;
INSERT INTO criterion (rule_set_id, code, pathway, title, reason, weight, clinical, exclusive, active, match_mode, position)
SELECT id, 'therapy.insurance', 'THERAPY',
       'Wanting to pay through health insurance',
       'Payment Structure: Per session, often insurance-based',
       1, FALSE, FALSE, TRUE, 'ANY', 7 FROM rule_set WHERE version = 1;
INSERT INTO criterion (rule_set_id, code, pathway, title, reason, weight, clinical, exclusive, active, match_mode, position)
SELECT id, 'coaching.stuck', 'COACHING',
       'Feeling stuck and in need of clarity about the next steps',
       'Coaching is best suited for individuals who are functioning well but feel stuck or lack direction.',
       3, FALSE, FALSE, TRUE, 'ANY', 8 FROM rule_set WHERE version = 1;
INSERT INTO criterion (rule_set_id, code, pathway, title, reason, weight, clinical, exclusive, active, match_mode, position)
SELECT id, 'coaching.growth-plan', 'COACHING',
       'Seeking personal or professional growth through structured plans',
       'Seeking personal or professional growth through structured plans',
       3, FALSE, FALSE, TRUE, 'ANY', 9 FROM rule_set WHERE version = 1;
INSERT INTO criterion (rule_set_id, code, pathway, title, reason, weight, clinical, exclusive, active, match_mode, position)
SELECT id, 'coaching.performance', 'COACHING',
       'Functioning well but wanting to reach higher levels of performance',
       'For individuals already functioning well but striving to achieve higher levels of performance, coaching provides structure, motivation, and the push needed to excel.',
       3, FALSE, FALSE, TRUE, 'ALL', 10 FROM rule_set WHERE version = 1;
INSERT INTO criterion (rule_set_id, code, pathway, title, reason, weight, clinical, exclusive, active, match_mode, position)
SELECT id, 'coaching.forward-focus', 'COACHING',
       'Preferring forward-focused goals rather than emotional exploration',
       'Sessions focus on the future rather than the past',
       3, FALSE, FALSE, TRUE, 'ANY', 11 FROM rule_set WHERE version = 1;
INSERT INTO criterion (rule_set_id, code, pathway, title, reason, weight, clinical, exclusive, active, match_mode, position)
SELECT id, 'coaching.accountability', 'COACHING',
       'Needing accountability, structure or motivation',
       'Someone who needs accountability, structure, or motivation will often thrive with coaching.',
       2, FALSE, FALSE, TRUE, 'ANY', 12 FROM rule_set WHERE version = 1;
INSERT INTO criterion (rule_set_id, code, pathway, title, reason, weight, clinical, exclusive, active, match_mode, position)
SELECT id, 'coaching.group-formats', 'COACHING',
       'Interested in group programs, workshops or retreats',
       'Adaptable options such as retreats, workshops, and group coaching',
       1, FALSE, FALSE, TRUE, 'ANY', 13 FROM rule_set WHERE version = 1;
INSERT INTO criterion (rule_set_id, code, pathway, title, reason, weight, clinical, exclusive, active, match_mode, position)
SELECT id, 'safety.self-harm', 'SAFETY',
       'Thoughts of being better off dead or of self-harm',
       'Any answer above "Not at all" to this question calls for immediate support from someone trained to help.',
       0, FALSE, FALSE, TRUE, 'ANY', 14 FROM rule_set WHERE version = 1;

-- Conditions, and the option keys of each ANSWER condition ------------------

-- therapy.daily-life
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 1, 'ANSWER', 'daily-functioning', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.daily-life';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'quite-a-bit'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.daily-life' AND cc.position = 1;
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'severely'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.daily-life' AND cc.position = 1;

-- therapy.mental-health
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 1, 'SCORE', NULL, 'phq2', 3
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.mental-health';
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 2, 'SCORE', NULL, 'gad2', 3
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.mental-health';
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 3, 'ANSWER', 'diagnosed-condition', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.mental-health';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'yes'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.mental-health' AND cc.position = 3;

-- therapy.grief-addiction
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 1, 'ANSWER', 'grief-addiction', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.grief-addiction';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'yes'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.grief-addiction' AND cc.position = 1;

-- therapy.trauma
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 1, 'ANSWER', 'trauma', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.trauma';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'yes'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.trauma' AND cc.position = 1;

-- therapy.deeper-why
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 1, 'ANSWER', 'understand-why', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.deeper-why';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'yes'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.deeper-why' AND cc.position = 1;
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 2, 'ANSWER', 'focus', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.deeper-why';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'heal-past'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.deeper-why' AND cc.position = 2;

-- therapy.documentation
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 1, 'ANSWER', 'documentation', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.documentation';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'yes'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.documentation' AND cc.position = 1;

-- therapy.insurance
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 1, 'ANSWER', 'insurance', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.insurance';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'yes'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'therapy.insurance' AND cc.position = 1;

-- coaching.stuck
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 1, 'ANSWER', 'feeling-stuck', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.stuck';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'yes'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.stuck' AND cc.position = 1;

-- coaching.growth-plan
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 1, 'ANSWER', 'growth-goal', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.growth-plan';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'yes'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.growth-plan' AND cc.position = 1;

-- coaching.performance
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 1, 'ANSWER', 'performance', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.performance';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'yes'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.performance' AND cc.position = 1;
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 2, 'ANSWER', 'daily-functioning', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.performance';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'not-at-all'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.performance' AND cc.position = 2;
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'a-little'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.performance' AND cc.position = 2;

-- coaching.forward-focus
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 1, 'ANSWER', 'focus', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.forward-focus';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'build-future'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.forward-focus' AND cc.position = 1;

-- coaching.accountability
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 1, 'ANSWER', 'accountability', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.accountability';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'yes'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.accountability' AND cc.position = 1;

-- coaching.group-formats
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 1, 'ANSWER', 'format', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.group-formats';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'group-or-workshop'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'coaching.group-formats' AND cc.position = 1;

-- safety.self-harm
INSERT INTO criterion_condition (criterion_id, position, kind, question_key, scale_key, min_score) SELECT c.id, 1, 'ANSWER', 'self-harm', NULL, NULL
FROM criterion c JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'safety.self-harm';
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'several-days'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'safety.self-harm' AND cc.position = 1;
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'more-than-half'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'safety.self-harm' AND cc.position = 1;
INSERT INTO condition_option (condition_id, option_key) SELECT cc.id, 'nearly-every-day'
FROM criterion_condition cc JOIN criterion c ON c.id = cc.criterion_id JOIN rule_set r ON r.id = c.rule_set_id WHERE r.version = 1 AND c.code = 'safety.self-harm' AND cc.position = 1;

-- Outcome headlines ------------------------------------------------------

INSERT INTO outcome_text (rule_set_id, outcome, headline) SELECT id, 'URGENT_SUPPORT',
       'Please reach out for support now: you do not have to face this alone, and help is available today.' FROM rule_set WHERE version = 1;
INSERT INTO outcome_text (rule_set_id, outcome, headline) SELECT id, 'THERAPY',
       'Your answers suggest that therapy with a licensed professional fits what you need right now.' FROM rule_set WHERE version = 1;
INSERT INTO outcome_text (rule_set_id, outcome, headline) SELECT id, 'COACHING',
       'Your answers suggest that coaching fits what you are looking for right now.' FROM rule_set WHERE version = 1;
INSERT INTO outcome_text (rule_set_id, outcome, headline) SELECT id, 'BOTH',
       'Your answers suggest that therapy with a licensed professional and coaching could work well together for you, with clear boundaries between them.' FROM rule_set WHERE version = 1;
INSERT INTO outcome_text (rule_set_id, outcome, headline) SELECT id, 'EXPLORE',
       'Your answers do not point clearly to therapy or to coaching yet, so it may help to see how the two differ before you decide.' FROM rule_set WHERE version = 1;

-- The article's comparison table -------------------------------------------

INSERT INTO comparison_row (rule_set_id, position, feature, therapy, coaching) SELECT id, 1, 'Purpose', 'Healing from past & managing mental health', 'Achieving goals & improving performance' FROM rule_set WHERE version = 1;
INSERT INTO comparison_row (rule_set_id, position, feature, therapy, coaching) SELECT id, 2, 'Licensing & Regulation', 'Strictly licensed and regulated', 'Unregulated, voluntary certification' FROM rule_set WHERE version = 1;
INSERT INTO comparison_row (rule_set_id, position, feature, therapy, coaching) SELECT id, 3, 'Scope of Work', 'Mental illness, trauma, emotional pain', 'Life goals, productivity, mindset' FROM rule_set WHERE version = 1;
INSERT INTO comparison_row (rule_set_id, position, feature, therapy, coaching) SELECT id, 4, 'Payment Structure', 'Per session, often insurance-based', 'Prepaid packages, flexible pricing' FROM rule_set WHERE version = 1;
INSERT INTO comparison_row (rule_set_id, position, feature, therapy, coaching) SELECT id, 5, 'Legal Protection & Oversight', 'Yes (e.g., state boards)', 'Minimal (e.g., business complaint channels)' FROM rule_set WHERE version = 1;

-- Content lists ----------------------------------------------------------

-- COMPARISON_INTRO: the article's framing paragraphs
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'COMPARISON_INTRO', 1,
       'In recent years, there has been a growing demand for personal support.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'COMPARISON_INTRO', 2,
       'More people are seeking ways to improve their mental health, career direction, and overall well-being.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'COMPARISON_INTRO', 3,
       'Therapy and coaching are two paths that often come up in this conversation, yet many struggle to see where one ends and the other begins.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'COMPARISON_INTRO', 4,
       'While both aim to help individuals grow, their roles, responsibilities, and limitations vary greatly.' FROM rule_set WHERE version = 1;

-- SHARED_GROUND: "Overlapping Skills and Benefits" (prose)
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'SHARED_GROUND', 1,
       'Therapy and coaching both emphasize creating safe environments without stress where individuals can pause, reflect, and focus on growth.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'SHARED_GROUND', 2,
       'Progress becomes measurable, and people often feel supported in ways that family or friends cannot always provide.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'SHARED_GROUND', 3,
       'In this shared ground, both professions promote resilience and provide motivation that stretches beyond a single conversation.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'SHARED_GROUND', 4,
       'Another area of overlap lies in methodology.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'SHARED_GROUND', 5,
       'Coaches increasingly use trauma-informed practices to approach sensitive issues, while therapists sometimes introduce structured, action-driven plans to help clients take practical steps forward.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'SHARED_GROUND', 6,
       'Trust, ethical standards, and confidentiality remain central to both professions, which is why choosing between them often requires evaluating what type of support someone truly needs.' FROM rule_set WHERE version = 1;

-- SHARED_SKILL: skills and benefits both share
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'SHARED_SKILL', 1,
       'Creation of a safe and confidential environment for honest reflection' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'SHARED_SKILL', 2,
       'Guidance in setting realistic and attainable goals' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'SHARED_SKILL', 3,
       'Tracking progress to maintain accountability and consistency' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'SHARED_SKILL', 4,
       'Encouragement of personal growth, resilience, and self-awareness' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'SHARED_SKILL', 5,
       'Building a supportive professional relationship that fosters trust' FROM rule_set WHERE version = 1;

-- THERAPY_CAN: "What Therapy Can Do (That Coaching Cannot)"
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'THERAPY_CAN', 1,
       'Licensed therapists can diagnose and treat mental health conditions, including depression, anxiety disorders and PTSD.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'THERAPY_CAN', 2,
       'Therapists can also address unresolved trauma and help clients process emotional pain that interferes with daily living.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'THERAPY_CAN', 3,
       'Therapists are authorized to supply medical documentation needed for insurance claims, court cases, or academic accommodations.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'THERAPY_CAN', 4,
       'Ethical obligations and strict confidentiality requirements guide the work of therapists, ensuring clients are protected by law.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'THERAPY_CAN', 5,
       'While coaches may offer emotional support, therapy extends into areas of clinical intervention that require extensive training, licensing, and regulation.' FROM rule_set WHERE version = 1;

-- COACHING_CAN: "What Coaching Can Do (That Therapy Often Doesn’t)"
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'COACHING_CAN', 1,
       'Skill-building for leadership and performance development' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'COACHING_CAN', 2,
       'Structured action plans with motivational support' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'COACHING_CAN', 3,
       'Accountability systems to maintain progress' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'COACHING_CAN', 4,
       'Adaptable options such as retreats, workshops, and group coaching' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'COACHING_CAN', 5,
       'Coaches are not restricted by state licensing laws, which allows them to work with clients across borders.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'COACHING_CAN', 6,
       'The flexible approach of coaching often appeals to those who prefer scalable support like online courses or group programs.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'COACHING_CAN', 7,
       'For individuals already functioning well but striving to achieve higher levels of performance, coaching provides structure, motivation, and the push needed to excel.' FROM rule_set WHERE version = 1;

-- BOTH_TOGETHER: "Can You Do Both?": working with both, with boundaries
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'BOTH_TOGETHER', 1,
       'Therapy and coaching can work together when boundaries are respected.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'BOTH_TOGETHER', 2,
       'Many clients discover that the combination creates a fuller support system, where therapy helps heal unresolved emotional issues while coaching provides momentum for future growth.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'BOTH_TOGETHER', 3,
       'Some professionals even hold dual certifications, allowing them to design approaches that meet both clinical and performance-based needs.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'BOTH_TOGETHER', 4,
       'Ethical and legal clarity must always remain a priority.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'BOTH_TOGETHER', 5,
       'Clients should understand when they are receiving clinical therapy versus motivational coaching to avoid confusion or conflicts.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'BOTH_TOGETHER', 6,
       'With proper boundaries, combining both paths can be powerful, especially for individuals who value growth on multiple levels.' FROM rule_set WHERE version = 1;

-- NEXT_STEP_URGENT_SUPPORT: next steps: urgent support
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_URGENT_SUPPORT', 1,
       'Contact a crisis line now, by phone or by text: you will find the numbers on this page, and someone can talk with you today.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_URGENT_SUPPORT', 2,
       'Tell someone you trust how you are feeling, and ask them to stay with you or keep in touch while you get help.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_URGENT_SUPPORT', 3,
       'If you are in immediate danger, or feel you might act on these thoughts, call your local emergency number or go to the nearest emergency department now.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_URGENT_SUPPORT', 4,
       'When you feel safe enough, make an appointment with your doctor or a licensed mental health professional and tell them about these thoughts.' FROM rule_set WHERE version = 1;

-- NEXT_STEP_THERAPY: next steps: therapy
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_THERAPY', 1,
       'Ask your doctor or GP, or your health insurer, for a referral to a licensed therapist, psychologist or other licensed mental health professional.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_THERAPY', 2,
       'Check the licence before you book: look the person up with the state or national licensing board for their profession, which is also where complaints go.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_THERAPY', 3,
       'If you want to use insurance, ask the therapist and your insurer before the first session whether the sessions are covered and what you will pay.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_THERAPY', 4,
       'In a first session, ask about their training and licence, how they work and how they would approach what you are facing, how confidentiality works, what it costs, and how you will both know whether it is helping.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_THERAPY', 5,
       'It is fine to try someone else if the fit does not feel right: being able to trust the person you work with matters.' FROM rule_set WHERE version = 1;

-- NEXT_STEP_COACHING: next steps: coaching
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_COACHING', 1,
       'Look for a coach with recognized training and a credential from a professional coaching body, and ask which one: coaching is not regulated like therapy, so checking is up to you.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_COACHING', 2,
       'Ask how they refer clients to a therapist when something comes up that needs clinical help, and how they handle confidentiality.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_COACHING', 3,
       'Ask how they work: how sessions are structured, how goals and progress are tracked, what a package includes and costs, and how you can stop if it is not working.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_COACHING', 4,
       'In a first session, agree on one or two concrete goals, how you will measure progress, and how you will stay accountable between sessions.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_COACHING', 5,
       'If group programs, workshops or online courses appeal to you, check who leads them and what training they have, just as you would for one-to-one coaching.' FROM rule_set WHERE version = 1;

-- NEXT_STEP_BOTH: next steps: both
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_BOTH', 1,
       'Start with a licensed therapist: check the licence with the state or national licensing board, or ask your doctor or insurer for a referral, and ask the therapist whether coaching alongside therapy makes sense for you now.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_BOTH', 2,
       'Choose a credentialed coach who is comfortable working alongside a therapist: ask about their training and credential, and how they refer clients to therapy when needed.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_BOTH', 3,
       'Tell each professional that you are also working with the other, and decide what, if anything, you are happy for them to share with each other.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_BOTH', 4,
       'Keep the roles clear: bring emotional pain, trauma and mental health symptoms to your therapist, and goals, plans and accountability to your coach.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_BOTH', 5,
       'If one person offers both, ask them to say clearly whether a given session is clinical therapy or coaching.' FROM rule_set WHERE version = 1;

-- NEXT_STEP_EXPLORE: next steps: explore
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_EXPLORE', 1,
       'Read how therapy and coaching compare, and notice which differences matter most to you.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_EXPLORE', 2,
       'Write down what you would most like to change, and whether it is more about making sense of the past or building toward something in the future.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_EXPLORE', 3,
       'Talk it over with your doctor or GP, or with someone you trust.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_EXPLORE', 4,
       'Before you commit to a therapist or a coach, ask for a short first conversation: ask about their training, their licence or credential, how they work and what it costs.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'NEXT_STEP_EXPLORE', 5,
       'Come back and take the assessment again if things change.' FROM rule_set WHERE version = 1;

-- EXPLORE_NOT_NOW: the "not now / talk to your doctor" option
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'EXPLORE_NOT_NOW', 1,
       'It is fine not to start anything yet: knowing the options is already a step.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'EXPLORE_NOT_NOW', 2,
       'If you are unsure, talking to your doctor or GP is a good first step, and they can refer you to a licensed professional if you need one.' FROM rule_set WHERE version = 1;
INSERT INTO content_item (rule_set_id, list_key, position, body) SELECT id, 'EXPLORE_NOT_NOW', 3,
       'If things change, come back and take the assessment again. If you ever have thoughts of harming yourself, contact a crisis line straight away.' FROM rule_set WHERE version = 1;

-- Crisis resources -------------------------------------------------------

INSERT INTO crisis_resource (rule_set_id, position, region, label, contact, url) SELECT id, 1, 'US', '988 Suicide & Crisis Lifeline', 'Call or text 988', 'https://988lifeline.org' FROM rule_set WHERE version = 1;
INSERT INTO crisis_resource (rule_set_id, position, region, label, contact, url) SELECT id, 2, 'US', 'Crisis Text Line', 'Text HOME to 741741', 'https://www.crisistextline.org' FROM rule_set WHERE version = 1;
INSERT INTO crisis_resource (rule_set_id, position, region, label, contact, url) SELECT id, 3, 'UK', 'Samaritans', 'Call 116 123', 'https://www.samaritans.org' FROM rule_set WHERE version = 1;
INSERT INTO crisis_resource (rule_set_id, position, region, label, contact, url) SELECT id, 4, 'International', 'Find a helpline', 'International directory of crisis lines', 'https://findahelpline.com' FROM rule_set WHERE version = 1;

-- About page -------------------------------------------------------------

INSERT INTO about_page (rule_set_id, author, sources, last_reviewed, review_policy, instruments)
SELECT id,
       'Source article by Anita Kantar, content editor at 50sense. Adapted for Crossroads by the Crossroads editorial team.',
       '“The Difference Between Therapy and Coaching: What Each Can (and Cannot) Do for You” (50sense); PHQ-9 and GAD-7 screening items (Kroenke, Spitzer et al.).',
       DATE '2026-11-26',
       'Reviewed at least every 12 months, and whenever a source changes.',
       'The mood and anxiety questions are PHQ-2 and GAD-2 items, and the self-harm question is item 9 of the PHQ-9, developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues; free to use without permission. They are screening questions, not a diagnosis.'
FROM rule_set WHERE version = 1;
