-- Spanish goes live for visitors where its texts are complete: every text of version 1 and every
-- interface message has its Spanish translation (V61, V62, messages_es.properties;
-- TranslationCompletenessTest checks it). An installation that has published later versions keeps
-- Spanish off: its editors translate what they changed (Translations in the admin area) and switch it on.
UPDATE language SET live = TRUE
WHERE code = 'es' AND NOT EXISTS (SELECT 1 FROM rule_set WHERE version > 1);
