-- Plain language: seeded texts of our own that needed more than grade 8 of reading (Flesch–Kincaid)
-- are said in plainer words with the same meaning. The article's sentences and the validated
-- instrument items (PHQ-2, GAD-2, PHQ-9 item 9) keep their wording.
-- Every rule set is updated where a text is still the seeded one; a text an editor rewrote is kept.

-- A criterion's reason that quotes the source article is marked: visitors see it as a quotation,
-- and editors are not asked to make it plainer.
ALTER TABLE criterion ADD COLUMN reason_quoted BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE criterion SET reason_quoted = TRUE WHERE reason IN (
    'Choosing therapy is often necessary when emotional struggles interfere with daily living.',
    'Licensed therapists can diagnose and treat mental health conditions, including depression, anxiety disorders and PTSD.',
    'Symptoms tied to mental health conditions such as depression, anxiety, grief, or addiction call for professional treatment.',
    'Therapists can also address unresolved trauma and help clients process emotional pain that interferes with daily living.',
    'Therapy allows clients to process emotions in a safe space while identifying and addressing root causes that influence behavior.',
    'Therapists are authorized to supply medical documentation needed for insurance claims, court cases, or academic accommodations.',
    'Payment Structure: Per session, often insurance-based',
    'Coaching is best suited for individuals who are functioning well but feel stuck or lack direction.',
    'Sessions are built around identifying goals, designing strategies, and implementing steps that bring measurable improvement.',
    'For individuals already functioning well but striving to achieve higher levels of performance, coaching provides structure, motivation, and the push needed to excel.',
    'Sessions focus on the future rather than the past, helping people create strategies for success in areas like career growth, leadership development, or personal achievement.',
    'Someone who needs accountability, structure, or motivation will often thrive with coaching.',
    'Adaptable options such as retreats, workshops, and group coaching');
