-- Crisis resources get dialable contact fields, so pages can offer tel: and sms: links, and a region
-- code for ordering by the visitor's language region. The free-text contact stays as the editors'
-- description. Every existing rule set (the published ones and any draft) gets the same rows.

ALTER TABLE crisis_resource ADD COLUMN region_code VARCHAR(8);
ALTER TABLE crisis_resource ADD COLUMN phone VARCHAR(40);
ALTER TABLE crisis_resource ADD COLUMN sms_number VARCHAR(40);
ALTER TABLE crisis_resource ADD COLUMN sms_keyword VARCHAR(40);

-- Region codes are ISO 3166 country codes (GB for the United Kingdom), INT for the international directory.
UPDATE crisis_resource SET region_code = 'US', region = 'United States' WHERE region = 'US';
UPDATE crisis_resource SET region_code = 'GB', region = 'United Kingdom' WHERE region = 'UK';
UPDATE crisis_resource SET region_code = 'INT' WHERE region_code IS NULL;
ALTER TABLE crisis_resource ALTER COLUMN region_code SET NOT NULL;

-- The existing numbers, as dialable fields.
UPDATE crisis_resource SET phone = '988', sms_number = '988' WHERE label = '988 Suicide & Crisis Lifeline';
UPDATE crisis_resource SET sms_number = '741741', sms_keyword = 'HOME' WHERE label = 'Crisis Text Line';
UPDATE crisis_resource SET phone = '116 123' WHERE label = 'Samaritans' AND region_code = 'GB';

-- The international directory moves to the end; the new rows take positions 4 to 9.
UPDATE crisis_resource SET position = 10 WHERE region_code = 'INT' AND label = 'Find a helpline';

-- United Kingdom, Shout: text SHOUT to 85258, 24/7.
-- Source: https://www.giveusashout.org/faqs/ and https://giveusashout.org/about-us/faq/ (the service's own FAQ).
INSERT INTO crisis_resource (rule_set_id, position, region, region_code, label, contact, url, sms_number, sms_keyword)
SELECT id, 4, 'United Kingdom', 'GB', 'Shout', 'Text SHOUT to 85258, free, any time', 'https://giveusashout.org', '85258', 'SHOUT' FROM rule_set;

-- Canada, 9-8-8: Suicide Crisis Helpline: call or text 9-8-8, 24/7.
-- Source: https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/ (Mental Health Commission of
-- Canada) and https://cmhasaskatoon.ca/9-8-8/ (a 9-8-8 partner); the helpline's own site 988.ca could not be read.
INSERT INTO crisis_resource (rule_set_id, position, region, region_code, label, contact, url, phone, sms_number)
SELECT id, 5, 'Canada', 'CA', '9-8-8: Suicide Crisis Helpline', 'Call or text 9-8-8, any time', 'https://988.ca', '988', '988' FROM rule_set;

-- Ireland, Samaritans: free call 116 123, 24/7.
-- Source: https://www.samaritans.org/news/samaritans-ireland-responds-one-call-help-every-minute-last-year
-- (Samaritans' own news page on its free Irish helpline).
INSERT INTO crisis_resource (rule_set_id, position, region, region_code, label, contact, url, phone)
SELECT id, 6, 'Ireland', 'IE', 'Samaritans Ireland', 'Call 116 123, free, any time', 'https://www.samaritans.org', '116 123' FROM rule_set;

-- Australia, Lifeline: call 13 11 14, text 0477 13 11 14, 24/7.
-- Source: https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/ (a Lifeline centre: 13 11 14) and
-- https://lifeline.giveeasy.org/spr21-home (Lifeline's own appeal: call 13 11 14, text 0477 13 11 14); text
-- around the clock since 2022: https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7
INSERT INTO crisis_resource (rule_set_id, position, region, region_code, label, contact, url, phone, sms_number)
SELECT id, 7, 'Australia', 'AU', 'Lifeline Australia', 'Call 13 11 14 or text 0477 13 11 14, any time', 'https://www.lifeline.org.au', '13 11 14', '0477 13 11 14' FROM rule_set;

-- New Zealand, Need to talk? 1737: free call or text 1737, 24/7.
-- Source: https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy
-- (Ministry of Health, which funds the service).
INSERT INTO crisis_resource (rule_set_id, position, region, region_code, label, contact, url, phone, sms_number)
SELECT id, 8, 'New Zealand', 'NZ', 'Need to talk? 1737', 'Free call or text 1737, any time', 'https://1737.org.nz', '1737', '1737' FROM rule_set;

-- New Zealand, Lifeline Aotearoa: free call 0800 543 354, free text HELP (4357), 24/7.
-- Source: http://www.lifeline.co.nz/history-lifeline/ (Lifeline's own page: national number 0800 543 354) and
-- Lifeline's own release https://www.scoop.co.nz/stories/GE1803/S00053/lifeline-expands-to-offer-text-support-for-those-in-distress.htm
-- (free text to HELP, 4357).
INSERT INTO crisis_resource (rule_set_id, position, region, region_code, label, contact, url, phone, sms_number)
SELECT id, 9, 'New Zealand', 'NZ', 'Lifeline Aotearoa', 'Call 0800 543 354 or text 4357, any time', 'https://www.lifeline.org.nz', '0800 543 354', '4357' FROM rule_set;
