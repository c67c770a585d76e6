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

-- Questions (prompts and help of our own; the PHQ-2, GAD-2 and self-harm items keep their wording)
UPDATE question SET prompt = 'Do you need a letter or report for time off sick, a claim, a court case or help at school or college?'
WHERE prompt = 'Do you need documentation for medical leave, an insurance claim, a court case or academic accommodations?';
UPDATE question SET prompt = 'Over the past month, how much have your feelings got in the way of your daily life? Think of work or study, friends and family, sleep, and looking after yourself.'
WHERE prompt = 'Over the past month, how much have emotional difficulties got in the way of your daily life: work or study, relationships, sleep, looking after yourself?';
UPDATE question SET prompt = 'Has a doctor told you that you have a mental health problem such as depression, anxiety or PTSD? Or do you think you may have one?'
WHERE prompt = 'Have you been diagnosed with, or do you think you may have, a mental health condition such as depression, an anxiety disorder or PTSD?';
UPDATE question SET prompt = 'Are you grieving a loss, or do you have a problem with drink, drugs, gambling or another habit you cannot stop? And does it upset your daily life?'
WHERE prompt = 'Are you going through grief or loss, or struggling with alcohol, drugs, gambling or another addiction, in a way that disrupts your daily life?';
UPDATE question SET prompt = 'Do you have a goal in your life or work that you want a clear plan for? For example, a new job, leading others, a project or a big change.'
WHERE prompt = 'Do you have a personal or professional goal (career growth, leadership, a project, a life change) that you want a structured plan for?';
UPDATE question SET prompt = 'Would it help you most right now to have a plan, a push, and someone to keep you on track?'
WHERE prompt = 'Would structure, motivation and someone holding you accountable help you most right now?';
UPDATE question SET help = 'For example, a letter or report from an expert.'
WHERE help = 'For example, a letter or report from a professional.';
UPDATE question SET prompt = 'Is your life mostly going well, and you want to do even better?'
WHERE prompt = 'Is your life generally working well, and you want to reach a higher level of performance?';

-- Criterion titles (the reasons quoting the article keep its words)
UPDATE criterion SET title = 'You need a letter or report from an expert'
WHERE title = 'You need documentation from a professional';

-- Headlines
UPDATE outcome_text SET headline = 'Your answers suggest that therapy with a licensed expert and coaching could work well together for you. Keep a clear line between them.'
WHERE headline = 'Your answers suggest that therapy with a licensed professional and coaching could work well together for you, with clear boundaries between them.';
UPDATE outcome_text SET headline = 'Your answers do not point clearly to therapy or to coaching yet. It may help to see how the two differ before you decide.'
WHERE headline = 'Your answers do not point clearly to therapy or to coaching yet, so it may help to see how the two differ before you decide.';
UPDATE outcome_text SET headline = 'Your answers suggest that therapy with a licensed expert fits what you need now.'
WHERE headline = 'Your answers suggest that therapy with a licensed professional fits what you need right now.';

-- The comparison
UPDATE comparison_row SET coaching = 'Very little: you can complain as you would about any business'
WHERE coaching = 'Minimal (e.g., business complaint channels)';
UPDATE comparison_row SET therapy = 'Mental illness, past harm that still hurts, emotional pain'
WHERE therapy = 'Mental illness, trauma, emotional pain';
UPDATE comparison_row SET therapy = 'Yes, through boards and official lists'
WHERE therapy = 'Yes (e.g., licensing boards and official registers)';

-- What matters to you
UPDATE value_statement SET coaching_fit = 'No law controls who may coach. A coach may choose to get a credential. Little checks their work: at most, you can complain as you would about any business.'
WHERE coaching_fit = 'Unregulated, voluntary certification, with minimal oversight (e.g., business complaint channels).';
UPDATE value_statement SET coaching_fit = 'Coaching does a different job. It puts action first, not diagnosis. It gives you a plan without medical care.'
WHERE coaching_fit = 'Coaching operates in a different lane, prioritizing action over diagnosis, and provides structure without medical intervention.';
UPDATE value_statement SET therapy_fit = 'Licensed therapists can tell if you have a mental health problem and treat it. This includes low mood, anxiety and PTSD.'
WHERE therapy_fit = 'Licensed therapists can diagnose and treat mental health conditions, including depression, anxiety disorders and PTSD.';
UPDATE value_statement SET therapy_fit = 'Therapy is not about quick results. It is about healing and feeling steady over the long term.'
WHERE therapy_fit = 'Therapy is not about producing immediate results but about fostering long-term healing and emotional balance.';
UPDATE value_statement SET therapy_fit = 'Both keep track of your progress, so you stay on course and keep going.'
WHERE therapy_fit = 'Both professions track progress to maintain accountability and consistency.';
UPDATE value_statement SET coaching_fit = 'In each session you pick goals, plan how to reach them, and take steps that bring changes you can see.'
WHERE coaching_fit = 'Sessions are built around identifying goals, designing strategies, and implementing steps that bring measurable improvement.';
UPDATE value_statement SET coaching_fit = 'Ways to keep you on track, with structure, drive and the push to do well.'
WHERE coaching_fit = 'Accountability systems to maintain progress, with structure, motivation, and the push needed to excel.';
UPDATE value_statement SET therapy_fit = 'Healing the past is what therapy is for. Therapists help with past harm that still hurts, and with pain that gets in the way of daily life.'
WHERE therapy_fit = 'Healing from the past is its purpose: therapists address unresolved trauma and help clients process emotional pain that interferes with daily living.';
UPDATE value_statement SET therapy_fit = 'Therapists sometimes use a step-by-step plan to help you take real steps forward.'
WHERE therapy_fit = 'Therapists sometimes introduce structured, action-driven plans to help clients take practical steps forward.';
UPDATE value_statement SET coaching_fit = 'People often leave with plans they can start to use at once, at home or at work.'
WHERE coaching_fit = 'Clients often leave with immediate plans that they can begin applying to their personal or professional lives without delay.';
UPDATE value_statement SET therapy_fit = 'Strict rules and a licence by law. Boards check their work and protect you.'
WHERE therapy_fit = 'Strictly licensed and regulated, with legal protection and oversight (e.g., state boards).';
UPDATE value_statement SET body = 'Help from an expert with a licence, checked by law'
WHERE body = 'Being helped by a licensed, regulated professional';
UPDATE value_statement SET body = 'Someone who keeps me on track and keeps me going'
WHERE body = 'Someone who keeps me accountable and motivated';
UPDATE value_statement SET body = 'Having a possible mental health problem checked and treated'
WHERE body = 'Having a possible mental health condition assessed and treated';
UPDATE value_statement SET therapy_fit = 'You pay for each session. Insurance often pays.'
WHERE therapy_fit = 'Paid per session, often insurance-based.';
UPDATE value_statement SET coaching_fit = 'Sessions focus on the future, not the past. More and more coaches take care with painful past events, but treating them is not their job.'
WHERE coaching_fit = 'Sessions focus on the future rather than the past. Coaches increasingly use trauma-informed practices, but treating trauma is not their work.';

-- Text lists
UPDATE content_item SET body = 'Coaches may offer emotional support. But therapy goes further, into treatment that needs long training, a licence and rules set by law.'
WHERE body = 'While coaches may offer emotional support, therapy extends into areas of clinical intervention that require extensive training, licensing, and regulation.';
UPDATE content_item SET body = 'Therapists may write the notes you need for a claim, a court case or help at school. These are medical notes.'
WHERE body = 'Therapists are authorized to supply medical documentation needed for insurance claims, court cases, or academic accommodations.';
UPDATE content_item SET body = 'Start with a licensed therapist. Check their licence with the board or official list where you live. Or ask your doctor or insurer to refer you. Then ask the therapist if coaching as well makes sense for you now.'
WHERE body = 'Start with a licensed therapist: check the licence with the licensing board or official register where you live, or ask your doctor or insurer for a referral, and ask the therapist whether coaching alongside therapy makes sense for you now.';
UPDATE content_item SET body = 'More and more coaches take care with painful past events when hard topics come up. And therapists sometimes use step-by-step plans to help people move forward.'
WHERE body = 'Coaches increasingly use trauma-informed practices to approach sensitive issues, while therapists sometimes introduce structured, action-driven plans to help clients take practical steps forward.';
UPDATE content_item SET body = 'Licensed therapists can tell if you have a mental health problem and treat it. This includes low mood, anxiety and PTSD.'
WHERE body = 'Licensed therapists can diagnose and treat mental health conditions, including depression, anxiety disorders and PTSD.';
UPDATE content_item SET body = 'Checking progress so you keep going and stay on track'
WHERE body = 'Tracking progress to maintain accountability and consistency';
UPDATE content_item SET body = 'Ways to keep you on track so you keep making progress'
WHERE body = 'Accountability systems to maintain progress';
UPDATE content_item SET body = 'Trust, good ethics and privacy matter in both. So to choose between them, think about what kind of help you really need.'
WHERE body = 'Trust, ethical standards, and confidentiality remain central to both professions, which is why choosing between them often requires evaluating what type of support someone truly needs.';
UPDATE content_item SET body = 'For people who are doing well but want to do even better, coaching gives structure, drive and the push to excel.'
WHERE body = 'For individuals already functioning well but striving to achieve higher levels of performance, coaching provides structure, motivation, and the push needed to excel.';
UPDATE content_item SET body = 'Many people find that the two together give them more support. Therapy helps heal old hurts, and coaching helps them keep moving toward their goals.'
WHERE body = 'Many clients discover that the combination creates a fuller support system, where therapy helps heal unresolved emotional issues while coaching provides momentum for future growth.';
UPDATE content_item SET body = 'Building skills to lead and to do your best work'
WHERE body = 'Skill-building for leadership and performance development';
UPDATE content_item SET body = 'Help to grow, to cope with hard times and to know yourself'
WHERE body = 'Encouragement of personal growth, resilience, and self-awareness';
UPDATE content_item SET body = 'Some people are trained in both. They can plan help that meets both health needs and goals.'
WHERE body = 'Some professionals even hold dual certifications, allowing them to design approaches that meet both clinical and performance-based needs.';
UPDATE content_item SET body = 'Therapists must follow strict rules on ethics and keep what you say private. The law protects you.'
WHERE body = 'Ethical obligations and strict confidentiality requirements guide the work of therapists, ensuring clients are protected by law.';
UPDATE content_item SET body = 'You should always know if you are getting therapy or coaching. That way there is no mix-up or clash.'
WHERE body = 'Clients should understand when they are receiving clinical therapy versus motivational coaching to avoid confusion or conflicts.';
UPDATE content_item SET body = 'In a first session, ask about their training and licence. Ask how they work and how they would help with what you face. Ask how they keep things private and what it costs. And ask how you will both know if it is helping.'
WHERE body = 'In a first session, ask about their training and licence, how they work and how they would approach what you are facing, how confidentiality works, what it costs, and how you will both know whether it is helping.';
UPDATE content_item SET body = 'With clear limits, using both can work very well. This is true most of all for people who want to grow in many ways.'
WHERE body = 'With proper boundaries, combining both paths can be powerful, especially for individuals who value growth on multiple levels.';
UPDATE content_item SET body = 'Look for a coach with proper training and a credential from a coaching body. Ask which one. No law controls coaching as it does therapy, so it is up to you to check.'
WHERE body = 'Look for a coach with recognized training and a credential from a professional coaching body, and ask which one: coaching is not regulated like therapy, so checking is up to you.';
UPDATE content_item SET body = 'Choose a coach with a credential who is happy to work next to a therapist. Ask about their training. Ask how they send people to therapy when they need it.'
WHERE body = 'Choose a credentialed coach who is comfortable working alongside a therapist: ask about their training and credential, and how they refer clients to therapy when needed.';
UPDATE content_item SET body = 'Ask your doctor or your health insurer to send you to a licensed therapist. This can be a psychologist or someone else with a licence to help.'
WHERE body = 'Ask your doctor or GP, or your health insurer, for a referral to a licensed therapist, psychologist or other licensed mental health professional.';
UPDATE content_item SET body = 'A warm working bond that helps you trust them'
WHERE body = 'Building a supportive professional relationship that fosters trust';
UPDATE content_item SET body = 'They also share some ways of working.'
WHERE body = 'Another area of overlap lies in methodology.';
UPDATE content_item SET body = 'Therapy and coaching both give you a safe, calm space. There you can stop, think and focus on growing.'
WHERE body = 'Therapy and coaching both emphasize creating safe environments without stress where individuals can pause, reflect, and focus on growth.';
UPDATE content_item SET body = 'Both aim to help people grow. But what they do, what they answer for and where they stop are very different.'
WHERE body = 'While both aim to help individuals grow, their roles, responsibilities, and limitations vary greatly.';
UPDATE content_item SET body = 'If you are in danger now, or feel you might act on these thoughts, call your local emergency number. Or go to the nearest hospital emergency room now.'
WHERE body = 'If you are in immediate danger, or feel you might act on these thoughts, call your local emergency number or go to the nearest emergency department now.';
UPDATE content_item SET body = 'Therapists can also help with past harm that still hurts you, and with pain that gets in the way of daily life.'
WHERE body = 'Therapists can also address unresolved trauma and help clients process emotional pain that interferes with daily living.';
UPDATE content_item SET body = 'Here they are alike: both help you cope with hard times and keep you going long after one talk.'
WHERE body = 'In this shared ground, both professions promote resilience and provide motivation that stretches beyond a single conversation.';
UPDATE content_item SET body = 'Check the licence before you book. Look the person up with the board or official list for their job where you live. That is also where you can complain.'
WHERE body = 'Check the licence before you book: look the person up with the licensing board or official register for their profession where you live, which is also where complaints go.';
UPDATE content_item SET body = 'It must always be clear what is right and what the law allows.'
WHERE body = 'Ethical and legal clarity must always remain a priority.';
UPDATE content_item SET body = 'Before you choose a therapist or a coach, ask for a short first talk. Ask about their training and their licence or credential. Ask how they work and what it costs.'
WHERE body = 'Before you commit to a therapist or a coach, ask for a short first conversation: ask about their training, their licence or credential, how they work and what it costs.';
UPDATE content_item SET body = 'You can see your progress. People often feel backed in a way that family or friends cannot always give.'
WHERE body = 'Progress becomes measurable, and people often feel supported in ways that family or friends cannot always provide.';
UPDATE content_item SET body = 'Step-by-step plans, with support to keep you going'
WHERE body = 'Structured action plans with motivational support';
UPDATE content_item SET body = 'A safe, private place to think things through'
WHERE body = 'Creation of a safe and confidential environment for honest reflection';
UPDATE content_item SET body = 'Keep the roles clear. Take pain, past harm and mental health signs to your therapist. Take goals, plans and keeping on track to your coach.'
WHERE body = 'Keep the roles clear: bring emotional pain, trauma and mental health symptoms to your therapist, and goals, plans and accountability to your coach.';
UPDATE content_item SET body = 'Ask what they do when you need a therapist''s help. Ask how they keep what you say private.'
WHERE body = 'Ask how they refer clients to a therapist when something comes up that needs clinical help, and how they handle confidentiality.';
UPDATE content_item SET body = 'Coaching can take many forms. This suits people who like online courses or group programs.'
WHERE body = 'The flexible approach of coaching often appeals to those who prefer scalable support like online courses or group programs.';
UPDATE content_item SET body = 'If you want to use insurance, ask the therapist and your insurer before the first session. Ask if they will pay for the sessions and what you will pay.'
WHERE body = 'If you want to use insurance, ask the therapist and your insurer before the first session whether the sessions are covered and what you will pay.';
UPDATE content_item SET body = 'Tell each one that you also see the other. Then decide what, if anything, you are happy for them to share.'
WHERE body = 'Tell each professional that you are also working with the other, and decide what, if anything, you are happy for them to share with each other.';
UPDATE content_item SET body = 'Therapy and coaching are two paths that often come up. Yet many people find it hard to see where one ends and the other starts.'
WHERE body = 'Therapy and coaching are two paths that often come up in this conversation, yet many struggle to see where one ends and the other begins.';
UPDATE content_item SET body = 'If you are not sure, talk to your doctor first. They can send you to a licensed expert if you need one.'
WHERE body = 'If you are unsure, talking to your doctor or GP is a good first step, and they can refer you to a licensed professional if you need one.';
UPDATE content_item SET body = 'Therapy and coaching can work well together when each keeps to its own role.'
WHERE body = 'Therapy and coaching can work together when boundaries are respected.';
UPDATE content_item SET body = 'Help to set goals you can really reach'
WHERE body = 'Guidance in setting realistic and attainable goals';
UPDATE content_item SET body = 'In a first session, agree on one or two clear goals. Agree how you will see progress, and how you will stay on track between sessions.'
WHERE body = 'In a first session, agree on one or two concrete goals, how you will measure progress, and how you will stay accountable between sessions.';
UPDATE content_item SET body = 'If one person offers both, ask them to say clearly if each session is therapy or coaching.'
WHERE body = 'If one person offers both, ask them to say clearly whether a given session is clinical therapy or coaching.';
UPDATE content_item SET body = 'If you like group programs, workshops or online courses, check who leads them and what training they have. Do this just as you would for one-to-one coaching.'
WHERE body = 'If group programs, workshops or online courses appeal to you, check who leads them and what training they have, just as you would for one-to-one coaching.';
UPDATE content_item SET body = 'Ask how they work. How is a session set out? How do they track goals and progress? What does a package give you, and what does it cost? How can you stop if it is not working?'
WHERE body = 'Ask how they work: how sessions are structured, how goals and progress are tracked, what a package includes and costs, and how you can stop if it is not working.';
UPDATE content_item SET body = 'When you feel safe enough, book a time with your doctor or a licensed mental health expert. Tell them about these thoughts.'
WHERE body = 'When you feel safe enough, make an appointment with your doctor or a licensed mental health professional and tell them about these thoughts.';
UPDATE content_item SET body = 'Write down what you would most like to change. Is it more about making sense of the past, or about building toward something new?'
WHERE body = 'Write down what you would most like to change, and whether it is more about making sense of the past or building toward something in the future.';
UPDATE content_item SET body = 'More people now look for ways to feel better, find their way at work, and live well.'
WHERE body = 'More people are seeking ways to improve their mental health, career direction, and overall well-being.';
UPDATE content_item SET body = 'Coaches do not need the licence the law asks of therapists. So they can work with people in other countries.'
WHERE body = 'Coaches are not bound by the licensing laws that govern therapists, which allows them to work with clients across borders.';
UPDATE content_item SET body = 'Read how therapy and coaching differ, and note which points matter most to you.'
WHERE body = 'Read how therapy and coaching compare, and notice which differences matter most to you.';
UPDATE content_item SET body = 'Other ways to take part, such as retreats, workshops and group coaching'
WHERE body = 'Adaptable options such as retreats, workshops, and group coaching';
UPDATE content_item SET body = 'Contact a crisis line now, by phone or by text. You will find the numbers on this page. Someone can talk with you today.'
WHERE body = 'Contact a crisis line now, by phone or by text: you will find the numbers on this page, and someone can talk with you today.';

-- Crisis resources
UPDATE crisis_resource SET contact = 'A list of crisis lines in many countries'
WHERE contact = 'International directory of crisis lines';

-- Finding help
UPDATE help_link SET note = 'This group keeps a list of counsellors and therapists. It shows how to check that a therapist is on the list.'
WHERE note = 'The British Association for Counselling and Psychotherapy explains its Register of counsellors and psychotherapists and how to check that a therapist is on it.';
UPDATE help_link SET note = 'CORU keeps the official lists of some health jobs. Psychologists, counsellors and therapists are among the jobs it will cover, so check here first.'
WHERE note = 'CORU lists which professions it regulates and keeps their registers; psychologists, counsellors and psychotherapists are among those it is to regulate, so check there first.';
UPDATE help_link SET note = 'Some job titles are kept by law for people on this council''s list. Two of them are clinical psychologist and counselling psychologist.'
WHERE note = 'Titles such as clinical psychologist and counselling psychologist are protected by law: anyone using them must be on the Health and Care Professions Council''s Register.';
UPDATE help_link SET note = 'Find a psychologist who is a full, checked member of this group.'
WHERE note = 'Find a psychologist recognised by the Psychological Society of Ireland as a Chartered Member.';
UPDATE help_link SET note = 'This group checks coaches and mentors in many countries, at levels from first to highest. Ask a coach which level they have.'
WHERE note = 'An international accreditation of coaches and mentors, from Foundation to Master Practitioner: ask a coach which level they hold.';
UPDATE help_link SET note = 'In Canada, each province or territory has its own body that gives psychologists their licence. This page lists them, so you can check a licence where you live.'
WHERE note = 'Psychologists in Canada are licensed by the regulatory body of each province or territory; this page lists them, so you can check a licence where you live.';
UPDATE help_link SET note = 'ICF gives three coaching credentials: ACC, PCC and MCC. You can use its site to find coaches who have one.'
WHERE note = 'ICF awards the coaching credentials ACC, PCC and MCC; its Credentialed Coach Finder lists coaches who hold one.';
UPDATE help_link SET note = 'Free NHS talking therapy for adults in England with anxiety or low mood. You can sign up yourself or ask your GP.'
WHERE note = 'Free NHS talking therapies for adults in England with anxiety or depression; you can refer yourself or ask your GP.';
UPDATE help_link SET note = 'These groups often help you find a psychologist.'
WHERE note = 'These associations often run referral services that help you find a psychologist.';
UPDATE help_link SET note = 'This board keeps the list of psychologists in New Zealand. Search it to check that a psychologist is on it.'
WHERE note = 'The Board registers psychologists in New Zealand; search its Register to check that a psychologist is registered.';
UPDATE help_link SET note = 'Check that a psychologist is on the list, and if there are any limits on their work.'
WHERE note = 'Check that a psychologist is registered, and whether there are conditions on their registration.';
UPDATE help_link SET note = 'In Australia, you must be on this board''s list to work as a psychologist or to use that title.'
WHERE note = 'To practise and use the title psychologist in Australia, a person must be registered with the Board.';
UPDATE help_link SET note = 'Each state has a board that gives psychologists their licence. ASPPB is the group of those boards. Start there to find the board where you live and check a licence.'
WHERE note = 'Psychologists are licensed by the psychology board of each state. ASPPB is the association of those boards: start there to find the board where you live and check a licence.';

-- About
UPDATE about_page SET author = 'The article is by Anita Kantar, who edits content at 50sense. The Crossroads team made it into this tool.'
WHERE author = 'Source article by Anita Kantar, content editor at 50sense. Adapted for Crossroads by the Crossroads editorial team.';
UPDATE about_page SET instruments = 'The mood and worry questions come from the PHQ-2 and GAD-2. The self-harm question is item 9 of the PHQ-9. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and others wrote them. Anyone may use them for free. They help you check how you are. They do not tell you what is wrong.'
WHERE instruments = 'The mood and anxiety questions are PHQ-2 and GAD-2 items, and the self-harm question is item 9 of the PHQ-9, developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues; free to use without permission. They are screening questions, not a diagnosis.';
