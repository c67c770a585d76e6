-- A short label per question: the few plain words that name it where the whole prompt would be
-- too long, such as the list of unanswered questions above a step. Editors change it with the question.
-- Every rule set (published versions and any draft) gets the labels of the seeded questions by key;
-- a question an editor added gets the start of its prompt until someone writes a better label.

ALTER TABLE question ADD COLUMN short_label VARCHAR(60);

UPDATE question SET short_label = 'Daily life' WHERE question_key = 'daily-functioning';
UPDATE question SET short_label = 'Interest or pleasure' WHERE question_key = 'phq2-interest';
UPDATE question SET short_label = 'Feeling down' WHERE question_key = 'phq2-mood';
UPDATE question SET short_label = 'Nervous or on edge' WHERE question_key = 'gad2-nervous';
UPDATE question SET short_label = 'Worrying' WHERE question_key = 'gad2-worry';
UPDATE question SET short_label = 'Thoughts of self-harm' WHERE question_key = 'self-harm';
UPDATE question SET short_label = 'Mental health condition' WHERE question_key = 'diagnosed-condition';
UPDATE question SET short_label = 'Grief or addiction' WHERE question_key = 'grief-addiction';
UPDATE question SET short_label = 'A painful experience' WHERE question_key = 'trauma';
UPDATE question SET short_label = 'Understanding your emotions' WHERE question_key = 'understand-why';
UPDATE question SET short_label = 'What matters more now' WHERE question_key = 'focus';
UPDATE question SET short_label = 'Feeling stuck' WHERE question_key = 'feeling-stuck';
UPDATE question SET short_label = 'A goal to plan for' WHERE question_key = 'growth-goal';
UPDATE question SET short_label = 'Higher performance' WHERE question_key = 'performance';
UPDATE question SET short_label = 'Structure and accountability' WHERE question_key = 'accountability';
UPDATE question SET short_label = 'Documentation' WHERE question_key = 'documentation';
UPDATE question SET short_label = 'Health insurance' WHERE question_key = 'insurance';
UPDATE question SET short_label = 'Preferred format' WHERE question_key = 'format';

UPDATE question SET short_label = TRIM(CAST(SUBSTRING(prompt FROM 1 FOR 60) AS VARCHAR(60))) WHERE short_label IS NULL;

ALTER TABLE question ALTER COLUMN short_label SET NOT NULL;
