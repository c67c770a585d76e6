-- Spanish goes live for visitors: every text of the published version and every interface message
-- has its Spanish translation (V61, V62, messages_es.properties; TranslationCompletenessTest checks it).
UPDATE language SET live = TRUE WHERE code = 'es';
