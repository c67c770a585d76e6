-- A third language added as data alone, as an installation would: a row in language, and the texts
-- of the published version in text_translation. Arabic, to show a right-to-left page as well. Only
-- a few texts are translated: the others show the English until a translator gives them.
INSERT INTO language (code, name, right_to_left, source, live, position) VALUES ('ar', 'العربية', TRUE, FALSE, TRUE, 3);

INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'section.wellbeing.title', 'ar', 'كيف كان شعورك', 'How you have been feeling' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'section.goals.title', 'ar', 'ما الذي تبحث عنه', 'What you are looking for' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'section.practical.title', 'ar', 'احتياجات عملية', 'Practical needs' FROM rule_set WHERE version = 1;
