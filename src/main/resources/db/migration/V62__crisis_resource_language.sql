-- A crisis line answers in a language, besides serving a region: pages put the lines in the visitor's
-- language first. language is a BCP 47 language code ('en', 'es'); it names no row of table language,
-- since a line may answer in a language the site is not written in. Every existing line answers in
-- English. The international directory lists lines in many languages; it is shown to everyone, last,
-- whatever the language (region_code INT), so its own site's language, English, is enough.
-- Runs unchanged on H2 and PostgreSQL.

ALTER TABLE crisis_resource ADD COLUMN language VARCHAR(16) DEFAULT 'en' NOT NULL;

-- Two lines answering in Spanish, for every rule set (the published ones and any draft). Like every
-- text of a version, region, label and contact are written in English; the Spanish follows below as
-- translations. Each takes the place after the rule set's last line, so no existing line moves.

-- United States, the 988 Suicide & Crisis Lifeline in Spanish: call 988 and press 2, or text AYUDA to 988.
-- Source: https://988lifeline.org/get-help/what-to-expect (the Lifeline's own page: a call offers
-- "Spanish-language (Press 2)"; a text to 988 offers "our Spanish-language (text AYUDA)"), and the
-- Washington State Department of Health, https://medium.com/wadepthealth/the-spanish-subnetwork-crisis-support-for-people-who-speak-spanish-3ef49f22004f
-- ("calling 988 and pressing 2, texting AYUDA to 988").
INSERT INTO crisis_resource (rule_set_id, position, region, region_code, language, label, contact, url, phone, sms_number, sms_keyword)
SELECT r.id, COALESCE((SELECT MAX(c.position) FROM crisis_resource c WHERE c.rule_set_id = r.id), 0) + 1,
       'United States', 'US', 'es', '988 Suicide & Crisis Lifeline (Spanish)', 'Call 988 and press 2, or text AYUDA to 988',
       'https://988lifeline.org', '988', '988', 'AYUDA'
FROM rule_set r;

-- Spain, Línea 024 de atención a la conducta suicida (Ministerio de Sanidad): call 024, free, any time.
-- Source: RTVE, Spain's public broadcaster, https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml
-- (the Ministry of Health presents "la línea 024 de atención a las conductas suicidas": free, anonymous,
-- confidential, 24 hours a day, every day of the year), and
-- https://soydemadrid.com/noticia-comunidad-de-madrid/cuatro-meses-del-024-mas-de-500-suicidios-identificados-70252.aspx
-- ("La Línea 024, de Atención a la Conducta Suicida ... las 24 horas del día ... gratuita"). The link is the
-- Ministry's page for the line, https://www.sanidad.gob.es/linea024/home.htm, which could not be read here.
INSERT INTO crisis_resource (rule_set_id, position, region, region_code, language, label, contact, url, phone)
SELECT r.id, COALESCE((SELECT MAX(c.position) FROM crisis_resource c WHERE c.rule_set_id = r.id), 0) + 1,
       'Spain', 'ES', 'es', 'Línea 024 (suicide prevention line)', 'Call 024, free, any time',
       'https://www.sanidad.gob.es/linea024/home.htm', '024'
FROM rule_set r;

-- The Spanish of their texts, keyed by each line's place in its rule set (crisis.{position}.region,
-- .label, .contact); source_text is the English the translation was made from.
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT c.rule_set_id, 'crisis.' || CAST(c.position AS VARCHAR(10)) || '.region', 'es', 'Estados Unidos', c.region
FROM crisis_resource c WHERE c.language = 'es' AND c.label = '988 Suicide & Crisis Lifeline (Spanish)';
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT c.rule_set_id, 'crisis.' || CAST(c.position AS VARCHAR(10)) || '.label', 'es', '988 Suicide & Crisis Lifeline (en español)', c.label
FROM crisis_resource c WHERE c.language = 'es' AND c.label = '988 Suicide & Crisis Lifeline (Spanish)';
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT c.rule_set_id, 'crisis.' || CAST(c.position AS VARCHAR(10)) || '.contact', 'es',
       'Llama al 988 y marca el 2, o envía AYUDA por mensaje al 988', c.contact
FROM crisis_resource c WHERE c.language = 'es' AND c.label = '988 Suicide & Crisis Lifeline (Spanish)';

INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT c.rule_set_id, 'crisis.' || CAST(c.position AS VARCHAR(10)) || '.region', 'es', 'España', c.region
FROM crisis_resource c WHERE c.language = 'es' AND c.label = 'Línea 024 (suicide prevention line)';
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT c.rule_set_id, 'crisis.' || CAST(c.position AS VARCHAR(10)) || '.label', 'es', 'Línea 024 de atención a la conducta suicida', c.label
FROM crisis_resource c WHERE c.language = 'es' AND c.label = 'Línea 024 (suicide prevention line)';
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT c.rule_set_id, 'crisis.' || CAST(c.position AS VARCHAR(10)) || '.contact', 'es', 'Llama al 024, gratis, a cualquier hora', c.contact
FROM crisis_resource c WHERE c.language = 'es' AND c.label = 'Línea 024 (suicide prevention line)';
