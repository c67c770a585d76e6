-- Criterion titles and reasons: the title is a short summary in the visitor's words, the reason
-- the sentence of the source article that supports the criterion (the self-harm reason is ours:
-- the article does not cover it). No title repeats its reason and no two reasons overlap; quotes
-- and apostrophes are typographic. Where the article's sentence starts with "They", the subject
-- is named, as the comparison lists already do.
-- Every rule set is updated where a text is still the seeded one; a text an editor rewrote is kept.

-- therapy.daily-life
UPDATE criterion SET title = 'Your feelings are getting in the way of daily life'
WHERE code = 'therapy.daily-life' AND title = 'Emotional struggles interfere with daily living';

-- therapy.mental-health
UPDATE criterion SET title = 'Signs of low mood, anxiety or a mental health condition'
WHERE code = 'therapy.mental-health' AND title = 'Struggling with ongoing mental health challenges such as anxiety or PTSD';
UPDATE criterion SET reason = 'Licensed therapists can diagnose and treat mental health conditions, including depression, anxiety disorders and PTSD.'
WHERE code = 'therapy.mental-health' AND reason = 'Struggling with ongoing mental health challenges such as anxiety or PTSD';

-- therapy.grief-addiction
UPDATE criterion SET title = 'Grief or addiction is disrupting your life'
WHERE code = 'therapy.grief-addiction' AND title = 'Experiencing grief or addiction that disrupts daily life';
UPDATE criterion SET reason = 'Symptoms tied to mental health conditions such as depression, anxiety, grief, or addiction call for professional treatment.'
WHERE code = 'therapy.grief-addiction' AND reason = 'Experiencing grief or addiction that disrupts daily life';

-- therapy.trauma
UPDATE criterion SET title = 'A painful experience you want to work through'
WHERE code = 'therapy.trauma' AND title = 'Wanting to process trauma';
UPDATE criterion SET reason = 'Therapists can also address unresolved trauma and help clients process emotional pain that interferes with daily living.'
WHERE code = 'therapy.trauma' AND reason = 'Wanting to process trauma or uncover the deeper “why” behind emotions';

-- therapy.deeper-why
UPDATE criterion SET title = 'You want to understand where your feelings come from'
WHERE code = 'therapy.deeper-why' AND title = 'Wanting to uncover the deeper "why" behind emotions';

-- therapy.documentation
UPDATE criterion SET title = 'You need documentation from a professional'
WHERE code = 'therapy.documentation' AND title = 'Seeking documentation for medical leave or academic accommodations';

-- therapy.insurance
UPDATE criterion SET title = 'You want to use health insurance'
WHERE code = 'therapy.insurance' AND title = 'Wanting to pay through health insurance';

-- coaching.stuck
UPDATE criterion SET title = 'You feel stuck and want a clear next step'
WHERE code = 'coaching.stuck' AND title = 'Feeling stuck and in need of clarity about the next steps';

-- coaching.growth-plan
UPDATE criterion SET title = 'You have a goal and want a plan to reach it'
WHERE code = 'coaching.growth-plan' AND title = 'Seeking personal or professional growth through structured plans';
UPDATE criterion SET reason = 'Sessions are built around identifying goals, designing strategies, and implementing steps that bring measurable improvement.'
WHERE code = 'coaching.growth-plan' AND reason = 'Seeking personal or professional growth through structured plans';

-- coaching.performance
UPDATE criterion SET title = 'Life is going well and you want to do even better'
WHERE code = 'coaching.performance' AND title = 'Functioning well but wanting to reach higher levels of performance';

-- coaching.forward-focus
UPDATE criterion SET title = 'Building toward the future matters most to you'
WHERE code = 'coaching.forward-focus' AND title = 'Preferring forward-focused goals rather than emotional exploration';
UPDATE criterion SET reason = 'Sessions focus on the future rather than the past, helping people create strategies for success in areas like career growth, leadership development, or personal achievement.'
WHERE code = 'coaching.forward-focus' AND reason = 'Sessions focus on the future rather than the past';

-- coaching.accountability
UPDATE criterion SET title = 'Someone to keep you on track would help'
WHERE code = 'coaching.accountability' AND title = 'Needing accountability, structure or motivation';

-- coaching.group-formats
UPDATE criterion SET title = 'Group programs or workshops appeal to you'
WHERE code = 'coaching.group-formats' AND title = 'Interested in group programs, workshops or retreats';

-- safety.self-harm
UPDATE criterion SET title = 'Thoughts of being better off dead or of hurting yourself'
WHERE code = 'safety.self-harm' AND title = 'Thoughts of being better off dead or of self-harm';
UPDATE criterion SET reason = 'Thoughts like these deserve support today from someone trained to help: you do not have to face them alone.'
WHERE code = 'safety.self-harm' AND reason = 'Any answer above "Not at all" to this question calls for immediate support from someone trained to help.';
