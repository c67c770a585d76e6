-- Spanish (es) translation of every visitor-facing text of rule set version 1, as those texts read after
-- all earlier migrations. One row per text: text_key names it, body is the Spanish, source_text the exact
-- English it translates (so a later change to the English marks the translation as outdated). Plain,
-- warm, neutral Spanish in the "tú" form; names of organisations, phone numbers, text keywords and the
-- source article's title stay as they are. The language stays switched off until it is checked.
--
-- Screening questions (PHQ-2, GAD-2 and item 9 of the PHQ-9): their prompts and answer options use the
-- published Spanish versions of the instruments word for word, not a new translation, so they keep the
-- validated wording (and its "usted" form): the stem "Durante las últimas 2 semanas, ¿qué tan seguido ha
-- tenido molestias debido a los siguientes problemas?" followed by the item, and the answers "Ningún día",
-- "Varios días", "Más de la mitad de los días", "Casi todos los días". The PHQ-9, GAD-7 and their Spanish
-- versions were developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues with
-- an educational grant from Pfizer Inc.; no permission is required to reproduce, translate, display or
-- distribute them (as distributed via phqscreeners.com).
-- Wording checked against:
--   PHQ-9: "Cuestionario sobre la salud del paciente-9 (PHQ-9)", the Pfizer Spanish form
--     (PatientHealthQuestionnaire9_Spanish), text reproduced at
--     https://es.studenta.com/content/129686767/patient-health-questionnaire-9-spanish : stem, options,
--     item 1 "Poco interés o placer en hacer cosas", item 2 "Se ha sentido decaído(a), deprimido(a) o sin
--     esperanzas", item 9 "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera".
--   GAD-7 (items 1 and 2 are the GAD-2): Spanish items "Se ha sentido nervioso(a), ansioso(a) o con los
--     nervios de punta" and "No ha sido capaz de parar o controlar su preocupación", with the same stem and
--     options, as reproduced word for word by several independent public implementations of the Spanish
--     GAD-7/GAD-2 (the Pfizer form itself was not among the copies that could be read).

-- Sections
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'section.wellbeing.title', 'es', 'Cómo te has sentido',
       'How you have been feeling' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'section.goals.title', 'es', 'Lo que buscas',
       'What you are looking for' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'section.practical.title', 'es', 'Necesidades prácticas',
       'Practical needs' FROM rule_set WHERE version = 1;

-- Questions and answer options
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.daily-functioning.prompt', 'es', 'En el último mes, ¿cuánto te han complicado tus emociones la vida diaria? Piensa en el trabajo o los estudios, los amigos y la familia, el sueño y el cuidado personal.',
       'Over the past month, how much have your feelings got in the way of your daily life? Think of work or study, friends and family, sleep, and looking after yourself.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.daily-functioning.shortLabel', 'es', 'Vida diaria',
       'Daily life' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.daily-functioning.help', 'es', 'Piensa en el último mes en conjunto, no solo en tus mejores o peores días.',
       'Think about the past month as a whole, not just your best or worst days.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.daily-functioning.not-at-all.label', 'es', 'Nada',
       'Not at all' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.daily-functioning.a-little.label', 'es', 'Un poco',
       'A little' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.daily-functioning.quite-a-bit.label', 'es', 'Bastante',
       'Quite a bit' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.daily-functioning.severely.label', 'es', 'Gravemente: me cuesta pasar el día',
       'Severely: it is hard to get through the day' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.phq2-interest.prompt', 'es', 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas? Poco interés o placer en hacer cosas',
       'Over the last 2 weeks, how often have you been bothered by little interest or pleasure in doing things?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.phq2-interest.shortLabel', 'es', 'Interés o placer',
       'Interest or pleasure' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.phq2-interest.help', 'es', 'Elige la respuesta que más se acerque a qué tan seguido te ha pasado esto en las últimas 2 semanas.',
       'Choose the answer closest to how often this has happened in the last 2 weeks.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.phq2-interest.not-at-all.label', 'es', 'Ningún día',
       'Not at all' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.phq2-interest.several-days.label', 'es', 'Varios días',
       'Several days' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.phq2-interest.more-than-half.label', 'es', 'Más de la mitad de los días',
       'More than half the days' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.phq2-interest.nearly-every-day.label', 'es', 'Casi todos los días',
       'Nearly every day' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.phq2-mood.prompt', 'es', 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas? Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
       'Over the last 2 weeks, how often have you been bothered by feeling down, depressed, or hopeless?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.phq2-mood.shortLabel', 'es', 'Ánimo decaído',
       'Feeling down' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.phq2-mood.help', 'es', 'Elige la respuesta que más se acerque a qué tan seguido te ha pasado esto en las últimas 2 semanas.',
       'Choose the answer closest to how often this has happened in the last 2 weeks.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.phq2-mood.not-at-all.label', 'es', 'Ningún día',
       'Not at all' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.phq2-mood.several-days.label', 'es', 'Varios días',
       'Several days' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.phq2-mood.more-than-half.label', 'es', 'Más de la mitad de los días',
       'More than half the days' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.phq2-mood.nearly-every-day.label', 'es', 'Casi todos los días',
       'Nearly every day' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.gad2-nervous.prompt', 'es', 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas? Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
       'Over the last 2 weeks, how often have you been bothered by feeling nervous, anxious, or on edge?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.gad2-nervous.shortLabel', 'es', 'Nervios o tensión',
       'Nervous or on edge' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.gad2-nervous.help', 'es', 'Elige la respuesta que más se acerque a qué tan seguido te ha pasado esto en las últimas 2 semanas.',
       'Choose the answer closest to how often this has happened in the last 2 weeks.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.gad2-nervous.not-at-all.label', 'es', 'Ningún día',
       'Not at all' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.gad2-nervous.several-days.label', 'es', 'Varios días',
       'Several days' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.gad2-nervous.more-than-half.label', 'es', 'Más de la mitad de los días',
       'More than half the days' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.gad2-nervous.nearly-every-day.label', 'es', 'Casi todos los días',
       'Nearly every day' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.gad2-worry.prompt', 'es', 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas? No ha sido capaz de parar o controlar su preocupación',
       'Over the last 2 weeks, how often have you been bothered by not being able to stop or control worrying?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.gad2-worry.shortLabel', 'es', 'Preocupación',
       'Worrying' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.gad2-worry.help', 'es', 'Elige la respuesta que más se acerque a qué tan seguido te ha pasado esto en las últimas 2 semanas.',
       'Choose the answer closest to how often this has happened in the last 2 weeks.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.gad2-worry.not-at-all.label', 'es', 'Ningún día',
       'Not at all' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.gad2-worry.several-days.label', 'es', 'Varios días',
       'Several days' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.gad2-worry.more-than-half.label', 'es', 'Más de la mitad de los días',
       'More than half the days' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.gad2-worry.nearly-every-day.label', 'es', 'Casi todos los días',
       'Nearly every day' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.self-harm.prompt', 'es', 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas? Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
       'Over the last 2 weeks, how often have you been bothered by thoughts that you would be better off dead, or of hurting yourself in some way?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.self-harm.shortLabel', 'es', 'Pensamientos de hacerte daño',
       'Thoughts of self-harm' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.self-harm.help', 'es', 'Elige la respuesta que más se acerque a qué tan seguido te ha pasado esto en las últimas 2 semanas. Si tienes estos pensamientos, no tienes que enfrentarlos a solas: hay ayuda disponible hoy.',
       'Choose the answer closest to how often this has happened in the last 2 weeks. If you are having these thoughts, you do not have to face them alone: help is available today.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.self-harm.not-at-all.label', 'es', 'Ningún día',
       'Not at all' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.self-harm.several-days.label', 'es', 'Varios días',
       'Several days' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.self-harm.more-than-half.label', 'es', 'Más de la mitad de los días',
       'More than half the days' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.self-harm.nearly-every-day.label', 'es', 'Casi todos los días',
       'Nearly every day' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.diagnosed-condition.prompt', 'es', '¿Algún médico te ha dicho que tienes un problema de salud mental, como depresión, ansiedad o trastorno de estrés postraumático (TEPT)? ¿O crees que podrías tener uno?',
       'Has a doctor told you that you have a mental health problem such as depression, anxiety or PTSD? Or do you think you may have one?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.diagnosed-condition.shortLabel', 'es', 'Problema de salud mental',
       'Mental health condition' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.diagnosed-condition.help', 'es', 'Responde que sí si tienes un diagnóstico o si crees que podrías tener un problema así.',
       'Answer yes if you have a diagnosis, or if you think you may have such a condition.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.diagnosed-condition.yes.label', 'es', 'Sí',
       'Yes' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.diagnosed-condition.not-sure.label', 'es', 'No lo tengo claro',
       'I''m not sure' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.diagnosed-condition.no.label', 'es', 'No',
       'No' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.grief-addiction.prompt', 'es', '¿Estás pasando por el duelo de una pérdida, o tienes un problema con el alcohol, las drogas, las apuestas u otro hábito que no puedes dejar? ¿Y eso altera tu vida diaria?',
       'Are you grieving a loss, or do you have a problem with drink, drugs, gambling or another habit you cannot stop? And does it upset your daily life?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.grief-addiction.shortLabel', 'es', 'Duelo o adicción',
       'Grief or addiction' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.grief-addiction.help', 'es', 'Responde que sí si te pasa cualquiera de las dos cosas.',
       'Answer yes if either applies to you.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.grief-addiction.yes.label', 'es', 'Sí',
       'Yes' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.grief-addiction.no.label', 'es', 'No',
       'No' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.trauma.prompt', 'es', '¿Hay alguna experiencia dolorosa o traumática que todavía te afecta y que te gustaría procesar?',
       'Is there a painful or traumatic experience that still affects you and that you would like to work through?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.trauma.shortLabel', 'es', 'Una experiencia dolorosa',
       'A painful experience' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.trauma.help', 'es', 'No necesitas describirla aquí.',
       'You do not need to describe it here.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.trauma.yes.label', 'es', 'Sí',
       'Yes' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.trauma.not-sure.label', 'es', 'No lo tengo claro',
       'I''m not sure' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.trauma.no.label', 'es', 'No',
       'No' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.understand-why.prompt', 'es', '¿Quieres descubrir el "porqué" más profundo de tus emociones o de tus patrones?',
       'Do you want to uncover the deeper "why" behind your emotions or patterns?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.understand-why.shortLabel', 'es', 'Entender tus emociones',
       'Understanding your emotions' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.understand-why.help', 'es', 'Por ejemplo, de dónde viene un sentimiento o por qué sigues reaccionando de la misma manera.',
       'For example, where a feeling comes from, or why you keep reacting in the same way.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.understand-why.yes.label', 'es', 'Sí',
       'Yes' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.understand-why.somewhat.label', 'es', 'En parte',
       'Somewhat' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.understand-why.no.label', 'es', 'No',
       'No' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.focus.prompt', 'es', '¿Qué es más importante para ti en este momento?',
       'Which matters more to you right now?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.focus.shortLabel', 'es', 'Lo que más importa ahora',
       'What matters more now' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.focus.help', 'es', 'Elige la opción que más se acerque a lo que esperas del apoyo.',
       'Pick the one closest to what you want from support.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.focus.heal-past.label', 'es', 'Sanar o entender el pasado',
       'Healing or making sense of the past' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.focus.build-future.label', 'es', 'Avanzar hacia metas para el futuro',
       'Building toward goals for the future' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.focus.both.label', 'es', 'Las dos cosas por igual',
       'Both equally' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.feeling-stuck.prompt', 'es', '¿Sientes que no avanzas y necesitas tener claros tus próximos pasos?',
       'Do you feel stuck, and need clarity about your next steps?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.feeling-stuck.shortLabel', 'es', 'Sentir que no avanzas',
       'Feeling stuck' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.feeling-stuck.yes.label', 'es', 'Sí',
       'Yes' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.feeling-stuck.somewhat.label', 'es', 'En parte',
       'Somewhat' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.feeling-stuck.no.label', 'es', 'No',
       'No' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.growth-goal.prompt', 'es', '¿Tienes una meta en tu vida o en tu trabajo para la que quieres un plan claro? Por ejemplo, un nuevo empleo, dirigir a otras personas, un proyecto o un gran cambio.',
       'Do you have a goal in your life or work that you want a clear plan for? For example, a new job, leading others, a project or a big change.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.growth-goal.shortLabel', 'es', 'Una meta que planear',
       'A goal to plan for' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.growth-goal.yes.label', 'es', 'Sí',
       'Yes' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.growth-goal.no.label', 'es', 'No',
       'No' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.performance.prompt', 'es', '¿Tu vida va bien en general y quieres que te vaya aún mejor?',
       'Is your life mostly going well, and you want to do even better?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.performance.shortLabel', 'es', 'Mayor rendimiento',
       'Higher performance' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.performance.yes.label', 'es', 'Sí',
       'Yes' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.performance.no.label', 'es', 'No',
       'No' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.accountability.prompt', 'es', '¿Lo que más te ayudaría ahora es tener un plan, un empujón y alguien que te ayude a mantener el rumbo?',
       'Would it help you most right now to have a plan, a push, and someone to keep you on track?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.accountability.shortLabel', 'es', 'Estructura y seguimiento',
       'Structure and accountability' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.accountability.yes.label', 'es', 'Sí',
       'Yes' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.accountability.somewhat.label', 'es', 'En parte',
       'Somewhat' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.accountability.no.label', 'es', 'No',
       'No' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.documentation.prompt', 'es', '¿Necesitas una carta o un informe para un permiso por enfermedad, un reclamo, un juicio o para recibir apoyo en la escuela o la universidad?',
       'Do you need a letter or report for time off sick, a claim, a court case or help at school or college?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.documentation.shortLabel', 'es', 'Documentación',
       'Documentation' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.documentation.help', 'es', 'Por ejemplo, una carta o un informe de un especialista.',
       'For example, a letter or report from an expert.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.documentation.yes.label', 'es', 'Sí',
       'Yes' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.documentation.no.label', 'es', 'No',
       'No' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.insurance.prompt', 'es', '¿Te gustaría usar un seguro médico para pagar el apoyo?',
       'Would you like to use health insurance to pay for support?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.insurance.shortLabel', 'es', 'Seguro médico',
       'Health insurance' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.insurance.help', 'es', 'Opcional: puedes saltarte esta pregunta.',
       'Optional: you can skip this question.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.insurance.yes.label', 'es', 'Sí',
       'Yes' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.insurance.no.label', 'es', 'No',
       'No' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.insurance.not-sure.label', 'es', 'No lo tengo claro',
       'I''m not sure' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.format.prompt', 'es', '¿Qué formato te atrae más?',
       'Which format appeals to you most?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.format.shortLabel', 'es', 'Formato preferido',
       'Preferred format' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'question.format.help', 'es', 'Opcional: puedes saltarte esta pregunta.',
       'Optional: you can skip this question.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.format.one-to-one.label', 'es', 'Sesiones individuales',
       'One-to-one sessions' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.format.group-or-workshop.label', 'es', 'Programas en grupo, talleres, retiros o cursos en línea',
       'Group programs, workshops, retreats or online courses' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'option.format.no-preference.label', 'es', 'Sin preferencia',
       'No preference' FROM rule_set WHERE version = 1;

-- Criteria: titles, and reasons (the reasons quote the source article; translated faithfully)
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.therapy.daily-life.title', 'es', 'Tus emociones te están complicando la vida diaria',
       'Your feelings are getting in the way of daily life' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.therapy.daily-life.reason', 'es', 'Elegir la terapia suele ser necesario cuando las dificultades emocionales interfieren en la vida diaria.',
       'Choosing therapy is often necessary when emotional struggles interfere with daily living.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.therapy.mental-health.title', 'es', 'Señales de ánimo bajo, ansiedad o un problema de salud mental',
       'Signs of low mood, anxiety or a mental health condition' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.therapy.mental-health.reason', 'es', 'Los terapeutas con licencia pueden diagnosticar y tratar trastornos de salud mental, como la depresión, los trastornos de ansiedad y el trastorno de estrés postraumático (TEPT).',
       'Licensed therapists can diagnose and treat mental health conditions, including depression, anxiety disorders and PTSD.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.therapy.grief-addiction.title', 'es', 'El duelo o una adicción están alterando tu vida',
       'Grief or addiction is disrupting your life' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.therapy.grief-addiction.reason', 'es', 'Los síntomas ligados a trastornos de salud mental como la depresión, la ansiedad, el duelo o la adicción requieren tratamiento profesional.',
       'Symptoms tied to mental health conditions such as depression, anxiety, grief, or addiction call for professional treatment.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.therapy.trauma.title', 'es', 'Una experiencia dolorosa que quieres trabajar',
       'A painful experience you want to work through' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.therapy.trauma.reason', 'es', 'Los terapeutas también pueden abordar traumas no resueltos y ayudar a sus clientes a procesar el dolor emocional que interfiere en la vida diaria.',
       'Therapists can also address unresolved trauma and help clients process emotional pain that interferes with daily living.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.therapy.deeper-why.title', 'es', 'Quieres entender de dónde vienen tus emociones',
       'You want to understand where your feelings come from' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.therapy.deeper-why.reason', 'es', 'La terapia permite a los clientes procesar sus emociones en un espacio seguro, mientras identifican y abordan las causas de fondo que influyen en su comportamiento.',
       'Therapy allows clients to process emotions in a safe space while identifying and addressing root causes that influence behavior.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.therapy.documentation.title', 'es', 'Necesitas una carta o un informe de un especialista',
       'You need a letter or report from an expert' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.therapy.documentation.reason', 'es', 'Los terapeutas están autorizados para emitir la documentación médica necesaria para reclamos al seguro, procesos judiciales o adaptaciones académicas.',
       'Therapists are authorized to supply medical documentation needed for insurance claims, court cases, or academic accommodations.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.therapy.insurance.title', 'es', 'Quieres usar un seguro médico',
       'You want to use health insurance' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.therapy.insurance.reason', 'es', 'Forma de pago: por sesión, a menudo cubierta por el seguro',
       'Payment Structure: Per session, often insurance-based' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.coaching.stuck.title', 'es', 'Sientes que no avanzas y quieres un próximo paso claro',
       'You feel stuck and want a clear next step' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.coaching.stuck.reason', 'es', 'El coaching es más adecuado para personas que funcionan bien, pero se sienten estancadas o sin rumbo.',
       'Coaching is best suited for individuals who are functioning well but feel stuck or lack direction.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.coaching.growth-plan.title', 'es', 'Tienes una meta y quieres un plan para alcanzarla',
       'You have a goal and want a plan to reach it' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.coaching.growth-plan.reason', 'es', 'Las sesiones se basan en identificar metas, diseñar estrategias y poner en práctica pasos que traen mejoras medibles.',
       'Sessions are built around identifying goals, designing strategies, and implementing steps that bring measurable improvement.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.coaching.performance.title', 'es', 'Tu vida va bien y quieres que te vaya aún mejor',
       'Life is going well and you want to do even better' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.coaching.performance.reason', 'es', 'Para las personas que ya funcionan bien, pero se esfuerzan por alcanzar un mayor rendimiento, el coaching ofrece estructura, motivación y el empujón necesario para destacar.',
       'For individuals already functioning well but striving to achieve higher levels of performance, coaching provides structure, motivation, and the push needed to excel.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.coaching.forward-focus.title', 'es', 'Lo que más te importa es avanzar hacia el futuro',
       'Building toward the future matters most to you' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.coaching.forward-focus.reason', 'es', 'Las sesiones se centran en el futuro más que en el pasado, y ayudan a las personas a crear estrategias para tener éxito en áreas como el crecimiento profesional, el desarrollo del liderazgo o los logros personales.',
       'Sessions focus on the future rather than the past, helping people create strategies for success in areas like career growth, leadership development, or personal achievement.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.coaching.accountability.title', 'es', 'Te vendría bien alguien que te ayude a mantener el rumbo',
       'Someone to keep you on track would help' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.coaching.accountability.reason', 'es', 'Quien necesita rendir cuentas, estructura o motivación suele prosperar con el coaching.',
       'Someone who needs accountability, structure, or motivation will often thrive with coaching.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.coaching.group-formats.title', 'es', 'Te atraen los programas en grupo o los talleres',
       'Group programs or workshops appeal to you' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.coaching.group-formats.reason', 'es', 'Opciones flexibles como retiros, talleres y coaching en grupo',
       'Adaptable options such as retreats, workshops, and group coaching' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.safety.self-harm.title', 'es', 'Pensamientos de que estarías mejor muerto(a) o de hacerte daño',
       'Thoughts of being better off dead or of hurting yourself' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'criterion.safety.self-harm.reason', 'es', 'Pensamientos como estos merecen apoyo hoy mismo de alguien preparado para ayudar: no tienes que enfrentarlos a solas.',
       'Thoughts like these deserve support today from someone trained to help: you do not have to face them alone.' FROM rule_set WHERE version = 1;

-- Result headlines
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'headline.URGENT_SUPPORT', 'es', 'Por favor, pide apoyo ahora: no tienes que enfrentar esto a solas, y hay ayuda disponible hoy.',
       'Please reach out for support now: you do not have to face this alone, and help is available today.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'headline.THERAPY', 'es', 'Tus respuestas indican que la terapia con un profesional con licencia se ajusta a lo que necesitas ahora.',
       'Your answers suggest that therapy with a licensed expert fits what you need now.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'headline.COACHING', 'es', 'Tus respuestas indican que el coaching se ajusta a lo que buscas en este momento.',
       'Your answers suggest that coaching fits what you are looking for right now.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'headline.BOTH', 'es', 'Tus respuestas indican que la terapia con un profesional con licencia y el coaching podrían funcionar bien juntos en tu caso. Mantén una separación clara entre los dos.',
       'Your answers suggest that therapy with a licensed expert and coaching could work well together for you. Keep a clear line between them.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'headline.EXPLORE', 'es', 'Tus respuestas todavía no apuntan claramente a la terapia ni al coaching. Puede ayudarte ver en qué se diferencian antes de decidir.',
       'Your answers do not point clearly to therapy or to coaching yet. It may help to see how the two differ before you decide.' FROM rule_set WHERE version = 1;

-- Comparison table
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.1.feature', 'es', 'Propósito',
       'Purpose' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.1.therapy', 'es', 'Sanar el pasado y cuidar la salud mental',
       'Healing from past & managing mental health' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.1.coaching', 'es', 'Lograr metas y mejorar el rendimiento',
       'Achieving goals & improving performance' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.2.feature', 'es', 'Licencias y regulación',
       'Licensing & Regulation' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.2.therapy', 'es', 'Licencia y regulación estrictas',
       'Strictly licensed and regulated' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.2.coaching', 'es', 'Sin regulación; certificación voluntaria',
       'Unregulated, voluntary certification' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.3.feature', 'es', 'Ámbito de trabajo',
       'Scope of Work' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.3.therapy', 'es', 'Enfermedad mental, daños del pasado que aún duelen, dolor emocional',
       'Mental illness, past harm that still hurts, emotional pain' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.3.coaching', 'es', 'Metas de vida, productividad, mentalidad',
       'Life goals, productivity, mindset' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.4.feature', 'es', 'Forma de pago',
       'Payment Structure' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.4.therapy', 'es', 'Por sesión, a menudo cubierta por el seguro',
       'Per session, often insurance-based' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.4.coaching', 'es', 'Paquetes prepagados, precios flexibles',
       'Prepaid packages, flexible pricing' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.5.feature', 'es', 'Protección legal y supervisión',
       'Legal Protection & Oversight' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.5.therapy', 'es', 'Sí, a través de juntas y registros oficiales',
       'Yes, through boards and official lists' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'comparison.5.coaching', 'es', 'Muy poca: puedes quejarte como lo harías con cualquier negocio',
       'Very little: you can complain as you would about any business' FROM rule_set WHERE version = 1;

-- "What matters to you" statements
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.licensed-professional.body', 'es', 'Ayuda de un experto con licencia, regulado por la ley',
       'Help from an expert with a licence, checked by law' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.licensed-professional.therapyFit', 'es', 'Reglas estrictas y una licencia exigida por ley. Las juntas revisan su trabajo y te protegen.',
       'Strict rules and a licence by law. Boards check their work and protect you.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.licensed-professional.coachingFit', 'es', 'Ninguna ley controla quién puede ejercer como coach. Un coach puede decidir obtener una certificación. Hay poco control sobre su trabajo: como mucho, puedes quejarte como lo harías con cualquier negocio.',
       'No law controls who may coach. A coach may choose to get a credential. Little checks their work: at most, you can complain as you would about any business.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.insurance-pays.body', 'es', 'Que un seguro médico lo pague',
       'Having health insurance pay for it' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.insurance-pays.therapyFit', 'es', 'Pagas cada sesión. A menudo paga el seguro.',
       'You pay for each session. Insurance often pays.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.insurance-pays.coachingFit', 'es', 'Paquetes prepagados, precios flexibles.',
       'Prepaid packages, flexible pricing.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.past-and-pain.body', 'es', 'Trabajar el pasado y su dolor',
       'Working through the past and its pain' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.past-and-pain.therapyFit', 'es', 'Sanar el pasado es justo para lo que sirve la terapia. Los terapeutas ayudan con daños del pasado que aún duelen y con el dolor que afecta la vida diaria.',
       'Healing the past is what therapy is for. Therapists help with past harm that still hurts, and with pain that gets in the way of daily life.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.past-and-pain.coachingFit', 'es', 'Las sesiones se centran en el futuro, no en el pasado. Cada vez más coaches tienen cuidado con los hechos dolorosos del pasado, pero tratarlos no es su trabajo.',
       'Sessions focus on the future, not the past. More and more coaches take care with painful past events, but treating them is not their job.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.concrete-goal.body', 'es', 'Avanzar hacia una meta concreta con un plan',
       'Working toward a concrete goal with a plan' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.concrete-goal.therapyFit', 'es', 'A veces los terapeutas usan un plan paso a paso para ayudarte a avanzar de verdad.',
       'Therapists sometimes use a step-by-step plan to help you take real steps forward.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.concrete-goal.coachingFit', 'es', 'En cada sesión eliges metas, planeas cómo alcanzarlas y das pasos que traen cambios que puedes ver.',
       'In each session you pick goals, plan how to reach them, and take steps that bring changes you can see.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.results-soon.body', 'es', 'Tener pasos prácticos para empezar de inmediato',
       'Having practical steps to start on right away' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.results-soon.therapyFit', 'es', 'La terapia no busca resultados rápidos. Busca sanar y que te sientas estable a largo plazo.',
       'Therapy is not about quick results. It is about healing and feeling steady over the long term.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.results-soon.coachingFit', 'es', 'A menudo la gente sale con planes que puede empezar a usar enseguida, en casa o en el trabajo.',
       'People often leave with plans they can start to use at once, at home or at work.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.diagnosis.body', 'es', 'Que revisen y traten un posible problema de salud mental',
       'Having a possible mental health problem checked and treated' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.diagnosis.therapyFit', 'es', 'Los terapeutas con licencia pueden saber si tienes un problema de salud mental y tratarlo. Esto incluye el ánimo bajo, la ansiedad y el estrés postraumático.',
       'Licensed therapists can tell if you have a mental health problem and treat it. This includes low mood, anxiety and PTSD.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.diagnosis.coachingFit', 'es', 'El coaching cumple otra función. Pone la acción primero, no el diagnóstico. Te da un plan sin atención médica.',
       'Coaching does a different job. It puts action first, not diagnosis. It gives you a plan without medical care.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.accountability.body', 'es', 'Alguien que me ayude a mantener el rumbo y a seguir adelante',
       'Someone who keeps me on track and keeps me going' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.accountability.therapyFit', 'es', 'Los dos siguen tu progreso, para que mantengas el rumbo y sigas adelante.',
       'Both keep track of your progress, so you stay on course and keep going.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'value.accountability.coachingFit', 'es', 'Formas de ayudarte a mantener el rumbo, con estructura, motivación y el empujón para que te vaya bien.',
       'Ways to keep you on track, with structure, drive and the push to do well.' FROM rule_set WHERE version = 1;

-- Content lists
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.COMPARISON_INTRO.1', 'es', 'En los últimos años ha crecido la demanda de apoyo personal.',
       'In recent years, there has been a growing demand for personal support.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.COMPARISON_INTRO.2', 'es', 'Ahora más personas buscan formas de sentirse mejor, encontrar su camino en el trabajo y vivir bien.',
       'More people now look for ways to feel better, find their way at work, and live well.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.COMPARISON_INTRO.3', 'es', 'La terapia y el coaching son dos caminos que se mencionan a menudo. Pero a muchas personas les cuesta ver dónde termina uno y dónde empieza el otro.',
       'Therapy and coaching are two paths that often come up. Yet many people find it hard to see where one ends and the other starts.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.COMPARISON_INTRO.4', 'es', 'Los dos buscan ayudar a las personas a crecer. Pero lo que hacen, de qué son responsables y dónde se detienen es muy distinto.',
       'Both aim to help people grow. But what they do, what they answer for and where they stop are very different.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.SHARED_GROUND.1', 'es', 'La terapia y el coaching te dan un espacio seguro y tranquilo. Ahí puedes detenerte, pensar y enfocarte en crecer.',
       'Therapy and coaching both give you a safe, calm space. There you can stop, think and focus on growing.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.SHARED_GROUND.2', 'es', 'Puedes ver tu progreso. Muchas personas se sienten respaldadas de una forma que la familia o los amigos no siempre pueden dar.',
       'You can see your progress. People often feel backed in a way that family or friends cannot always give.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.SHARED_GROUND.3', 'es', 'En esto se parecen: los dos te ayudan a sobrellevar los momentos difíciles y a seguir adelante mucho después de una sola conversación.',
       'Here they are alike: both help you cope with hard times and keep you going long after one talk.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.SHARED_GROUND.4', 'es', 'También comparten algunas formas de trabajar.',
       'They also share some ways of working.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.SHARED_GROUND.5', 'es', 'Cada vez más coaches tienen cuidado con los hechos dolorosos del pasado cuando surgen temas difíciles. Y a veces los terapeutas usan planes paso a paso para ayudar a las personas a avanzar.',
       'More and more coaches take care with painful past events when hard topics come up. And therapists sometimes use step-by-step plans to help people move forward.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.SHARED_GROUND.6', 'es', 'La confianza, la ética y la privacidad importan en los dos. Así que, para elegir entre ellos, piensa qué tipo de ayuda necesitas de verdad.',
       'Trust, good ethics and privacy matter in both. So to choose between them, think about what kind of help you really need.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.SHARED_SKILL.1', 'es', 'Un lugar seguro y privado para pensar las cosas con calma',
       'A safe, private place to think things through' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.SHARED_SKILL.2', 'es', 'Ayuda para fijar metas que de verdad puedes alcanzar',
       'Help to set goals you can really reach' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.SHARED_SKILL.3', 'es', 'Revisar tu progreso para que sigas adelante y mantengas el rumbo',
       'Checking progress so you keep going and stay on track' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.SHARED_SKILL.4', 'es', 'Ayuda para crecer, sobrellevar los momentos difíciles y conocerte',
       'Help to grow, to cope with hard times and to know yourself' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.SHARED_SKILL.5', 'es', 'Un vínculo de trabajo cálido que te ayuda a confiar',
       'A warm working bond that helps you trust them' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.THERAPY_CAN.1', 'es', 'Los terapeutas con licencia pueden saber si tienes un problema de salud mental y tratarlo. Esto incluye el ánimo bajo, la ansiedad y el estrés postraumático.',
       'Licensed therapists can tell if you have a mental health problem and treat it. This includes low mood, anxiety and PTSD.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.THERAPY_CAN.2', 'es', 'Los terapeutas también pueden ayudar con daños del pasado que aún te duelen y con el dolor que afecta tu vida diaria.',
       'Therapists can also help with past harm that still hurts you, and with pain that gets in the way of daily life.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.THERAPY_CAN.3', 'es', 'Los terapeutas pueden escribir los informes que necesitas para un reclamo, un juicio o para recibir apoyo en la escuela. Son informes médicos.',
       'Therapists may write the notes you need for a claim, a court case or help at school. These are medical notes.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.THERAPY_CAN.4', 'es', 'Los terapeutas deben seguir reglas estrictas de ética y mantener en privado lo que dices. La ley te protege.',
       'Therapists must follow strict rules on ethics and keep what you say private. The law protects you.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.THERAPY_CAN.5', 'es', 'Los coaches pueden ofrecer apoyo emocional. Pero la terapia va más allá: es un tratamiento que exige una larga formación, una licencia y reglas fijadas por ley.',
       'Coaches may offer emotional support. But therapy goes further, into treatment that needs long training, a licence and rules set by law.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.COACHING_CAN.1', 'es', 'Desarrollar habilidades para liderar y dar lo mejor de ti en el trabajo',
       'Building skills to lead and to do your best work' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.COACHING_CAN.2', 'es', 'Planes paso a paso, con apoyo para que sigas adelante',
       'Step-by-step plans, with support to keep you going' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.COACHING_CAN.3', 'es', 'Formas de ayudarte a mantener el rumbo para que sigas avanzando',
       'Ways to keep you on track so you keep making progress' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.COACHING_CAN.4', 'es', 'Otras formas de participar, como retiros, talleres y coaching en grupo',
       'Other ways to take part, such as retreats, workshops and group coaching' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.COACHING_CAN.5', 'es', 'Los coaches no necesitan la licencia que la ley exige a los terapeutas. Por eso pueden trabajar con personas de otros países.',
       'Coaches do not need the licence the law asks of therapists. So they can work with people in other countries.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.COACHING_CAN.6', 'es', 'El coaching puede tomar muchas formas. Esto les conviene a quienes prefieren cursos en línea o programas en grupo.',
       'Coaching can take many forms. This suits people who like online courses or group programs.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.COACHING_CAN.7', 'es', 'Para quienes están bien pero quieren que les vaya aún mejor, el coaching da estructura, motivación y el empujón para destacar.',
       'For people who are doing well but want to do even better, coaching gives structure, drive and the push to excel.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.BOTH_TOGETHER.1', 'es', 'La terapia y el coaching pueden funcionar bien juntos cuando cada uno se mantiene en su papel.',
       'Therapy and coaching can work well together when each keeps to its own role.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.BOTH_TOGETHER.2', 'es', 'Muchas personas sienten que los dos juntos les dan más apoyo. La terapia ayuda a sanar heridas antiguas, y el coaching les ayuda a seguir avanzando hacia sus metas.',
       'Many people find that the two together give them more support. Therapy helps heal old hurts, and coaching helps them keep moving toward their goals.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.BOTH_TOGETHER.3', 'es', 'Algunas personas tienen formación en los dos. Pueden planear una ayuda que atienda tanto las necesidades de salud como las metas.',
       'Some people are trained in both. They can plan help that meets both health needs and goals.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.BOTH_TOGETHER.4', 'es', 'Siempre debe quedar claro qué es lo correcto y qué permite la ley.',
       'It must always be clear what is right and what the law allows.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.BOTH_TOGETHER.5', 'es', 'Siempre deberías saber si estás recibiendo terapia o coaching. Así no hay confusiones ni choques.',
       'You should always know if you are getting therapy or coaching. That way there is no mix-up or clash.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.BOTH_TOGETHER.6', 'es', 'Con límites claros, usar los dos puede funcionar muy bien. Esto es así sobre todo para quienes quieren crecer en muchos aspectos.',
       'With clear limits, using both can work very well. This is true most of all for people who want to grow in many ways.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_URGENT_SUPPORT.1', 'es', 'Comunícate ahora con una línea de crisis, por teléfono o por mensaje de texto. Encontrarás los números en esta página. Alguien puede hablar contigo hoy.',
       'Contact a crisis line now, by phone or by text. You will find the numbers on this page. Someone can talk with you today.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_URGENT_SUPPORT.2', 'es', 'Cuéntale a alguien de confianza cómo te sientes y pídele que se quede contigo o que esté en contacto mientras buscas ayuda.',
       'Tell someone you trust how you are feeling, and ask them to stay with you or keep in touch while you get help.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_URGENT_SUPPORT.3', 'es', 'Si estás en peligro ahora, o sientes que podrías actuar según estos pensamientos, llama al número de emergencias de tu zona. O ve ahora a la sala de emergencias del hospital más cercano.',
       'If you are in danger now, or feel you might act on these thoughts, call your local emergency number. Or go to the nearest hospital emergency room now.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_URGENT_SUPPORT.4', 'es', 'Cuando te sientas con la seguridad suficiente, pide una cita con tu médico o con un experto en salud mental con licencia. Háblale de estos pensamientos.',
       'When you feel safe enough, book a time with your doctor or a licensed mental health expert. Tell them about these thoughts.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_THERAPY.1', 'es', 'Pide a tu médico o a tu aseguradora que te deriven a un terapeuta con licencia. Puede ser un psicólogo u otra persona con licencia para ayudar.',
       'Ask your doctor or your health insurer to send you to a licensed therapist. This can be a psychologist or someone else with a licence to help.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_THERAPY.2', 'es', 'Revisa la licencia antes de pedir cita. Busca a la persona en la junta o el registro oficial de su profesión en tu lugar de residencia. Ahí también puedes presentar una queja.',
       'Check the licence before you book. Look the person up with the board or official list for their job where you live. That is also where you can complain.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_THERAPY.3', 'es', 'Si quieres usar tu seguro, pregunta al terapeuta y a tu aseguradora antes de la primera sesión. Pregunta si pagarán las sesiones y cuánto pagarás tú.',
       'If you want to use insurance, ask the therapist and your insurer before the first session. Ask if they will pay for the sessions and what you will pay.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_THERAPY.4', 'es', 'En una primera sesión, pregunta por su formación y su licencia. Pregunta cómo trabaja y cómo te ayudaría con lo que estás viviendo. Pregunta cómo protege tu privacidad y cuánto cuesta. Y pregunta cómo sabrán los dos si te está ayudando.',
       'In a first session, ask about their training and licence. Ask how they work and how they would help with what you face. Ask how they keep things private and what it costs. And ask how you will both know if it is helping.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_THERAPY.5', 'es', 'Está bien probar con otra persona si no sientes buena sintonía: poder confiar en la persona con quien trabajas es importante.',
       'It is fine to try someone else if the fit does not feel right: being able to trust the person you work with matters.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_COACHING.1', 'es', 'Busca un coach con una formación adecuada y una certificación de una organización de coaching. Pregunta cuál. Ninguna ley regula el coaching como regula la terapia, así que te toca a ti revisarlo.',
       'Look for a coach with proper training and a credential from a coaching body. Ask which one. No law controls coaching as it does therapy, so it is up to you to check.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_COACHING.2', 'es', 'Pregunta qué hace cuando necesitas la ayuda de un terapeuta. Pregunta cómo mantiene en privado lo que dices.',
       'Ask what they do when you need a therapist''s help. Ask how they keep what you say private.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_COACHING.3', 'es', 'Pregunta cómo trabaja. ¿Cómo se organiza una sesión? ¿Cómo hace el seguimiento de las metas y del progreso? ¿Qué incluye un paquete y cuánto cuesta? ¿Cómo puedes dejarlo si no funciona?',
       'Ask how they work. How is a session set out? How do they track goals and progress? What does a package give you, and what does it cost? How can you stop if it is not working?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_COACHING.4', 'es', 'En una primera sesión, acuerda una o dos metas claras. Acuerda cómo verán el progreso y cómo mantendrás el rumbo entre sesiones.',
       'In a first session, agree on one or two clear goals. Agree how you will see progress, and how you will stay on track between sessions.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_COACHING.5', 'es', 'Si te gustan los programas en grupo, los talleres o los cursos en línea, revisa quién los dirige y qué formación tiene. Hazlo igual que lo harías con un coaching individual.',
       'If you like group programs, workshops or online courses, check who leads them and what training they have. Do this just as you would for one-to-one coaching.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_BOTH.1', 'es', 'Empieza con un terapeuta con licencia. Revisa su licencia en la junta o el registro oficial de tu lugar de residencia. O pide a tu médico o a tu aseguradora que te deriven. Luego pregúntale al terapeuta si también tiene sentido para ti hacer coaching ahora.',
       'Start with a licensed therapist. Check their licence with the board or official list where you live. Or ask your doctor or insurer to refer you. Then ask the therapist if coaching as well makes sense for you now.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_BOTH.2', 'es', 'Elige un coach con certificación que esté dispuesto a trabajar junto a un terapeuta. Pregunta por su formación. Pregunta cómo deriva a las personas a terapia cuando la necesitan.',
       'Choose a coach with a credential who is happy to work next to a therapist. Ask about their training. Ask how they send people to therapy when they need it.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_BOTH.3', 'es', 'Dile a cada uno que también ves al otro. Luego decide si quieres que compartan algo entre ellos, y qué.',
       'Tell each one that you also see the other. Then decide what, if anything, you are happy for them to share.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_BOTH.4', 'es', 'Mantén los papeles claros. Lleva a tu terapeuta el dolor, los daños del pasado y las señales de salud mental. Lleva a tu coach las metas, los planes y cómo mantener el rumbo.',
       'Keep the roles clear. Take pain, past harm and mental health signs to your therapist. Take goals, plans and keeping on track to your coach.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_BOTH.5', 'es', 'Si una misma persona ofrece las dos cosas, pídele que te diga claramente si cada sesión es de terapia o de coaching.',
       'If one person offers both, ask them to say clearly if each session is therapy or coaching.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_EXPLORE.1', 'es', 'Lee en qué se diferencian la terapia y el coaching, y anota qué puntos te importan más.',
       'Read how therapy and coaching differ, and note which points matter most to you.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_EXPLORE.2', 'es', 'Escribe lo que más te gustaría cambiar. ¿Se trata más de entender el pasado o de construir algo nuevo?',
       'Write down what you would most like to change. Is it more about making sense of the past, or about building toward something new?' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_EXPLORE.3', 'es', 'Háblalo con tu médico o tu médico de cabecera, o con alguien de confianza.',
       'Talk it over with your doctor or GP, or with someone you trust.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_EXPLORE.4', 'es', 'Antes de elegir un terapeuta o un coach, pide una primera conversación breve. Pregunta por su formación y por su licencia o certificación. Pregunta cómo trabaja y cuánto cuesta.',
       'Before you choose a therapist or a coach, ask for a short first talk. Ask about their training and their licence or credential. Ask how they work and what it costs.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.NEXT_STEP_EXPLORE.5', 'es', 'Vuelve y haz la evaluación otra vez si las cosas cambian.',
       'Come back and take the assessment again if things change.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.EXPLORE_NOT_NOW.1', 'es', 'Está bien no empezar nada todavía: conocer las opciones ya es un paso.',
       'It is fine not to start anything yet: knowing the options is already a step.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.EXPLORE_NOT_NOW.2', 'es', 'Si no lo tienes claro, habla primero con tu médico. Puede derivarte a un experto con licencia si lo necesitas.',
       'If you are not sure, talk to your doctor first. They can send you to a licensed expert if you need one.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'list.EXPLORE_NOT_NOW.3', 'es', 'Si las cosas cambian, vuelve y haz la evaluación otra vez. Si en algún momento tienes pensamientos de hacerte daño, comunícate de inmediato con una línea de crisis.',
       'If things change, come back and take the assessment again. If you ever have thoughts of harming yourself, contact a crisis line straight away.' FROM rule_set WHERE version = 1;

-- Crisis resources: service names, numbers and keywords stay as they are
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.1.region', 'es', 'Estados Unidos',
       'United States' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.1.label', 'es', '988 Suicide & Crisis Lifeline',
       '988 Suicide & Crisis Lifeline' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.1.contact', 'es', 'Llama o envía un mensaje de texto al 988',
       'Call or text 988' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.2.region', 'es', 'Estados Unidos',
       'United States' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.2.label', 'es', 'Crisis Text Line',
       'Crisis Text Line' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.2.contact', 'es', 'Envía HOME por mensaje de texto al 741741',
       'Text HOME to 741741' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.3.region', 'es', 'Reino Unido',
       'United Kingdom' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.3.label', 'es', 'Samaritans',
       'Samaritans' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.3.contact', 'es', 'Llama al 116 123',
       'Call 116 123' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.4.region', 'es', 'Reino Unido',
       'United Kingdom' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.4.label', 'es', 'Shout',
       'Shout' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.4.contact', 'es', 'Envía SHOUT por mensaje de texto al 85258, gratis, a cualquier hora',
       'Text SHOUT to 85258, free, any time' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.5.region', 'es', 'Canadá',
       'Canada' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.5.label', 'es', '9-8-8: Suicide Crisis Helpline',
       '9-8-8: Suicide Crisis Helpline' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.5.contact', 'es', 'Llama o envía un mensaje de texto al 9-8-8, a cualquier hora',
       'Call or text 9-8-8, any time' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.6.region', 'es', 'Irlanda',
       'Ireland' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.6.label', 'es', 'Samaritans Ireland',
       'Samaritans Ireland' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.6.contact', 'es', 'Llama al 116 123, gratis, a cualquier hora',
       'Call 116 123, free, any time' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.7.region', 'es', 'Australia',
       'Australia' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.7.label', 'es', 'Lifeline Australia',
       'Lifeline Australia' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.7.contact', 'es', 'Llama al 13 11 14 o envía un mensaje de texto al 0477 13 11 14, a cualquier hora',
       'Call 13 11 14 or text 0477 13 11 14, any time' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.8.region', 'es', 'Nueva Zelanda',
       'New Zealand' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.8.label', 'es', 'Need to talk? 1737',
       'Need to talk? 1737' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.8.contact', 'es', 'Llama o envía un mensaje de texto gratis al 1737, a cualquier hora',
       'Free call or text 1737, any time' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.9.region', 'es', 'Nueva Zelanda',
       'New Zealand' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.9.label', 'es', 'Lifeline Aotearoa',
       'Lifeline Aotearoa' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.9.contact', 'es', 'Llama al 0800 543 354 o envía un mensaje de texto al 4357, a cualquier hora',
       'Call 0800 543 354 or text 4357, any time' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.10.region', 'es', 'Internacional',
       'International' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.10.label', 'es', 'Encuentra una línea de ayuda',
       'Find a helpline' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'crisis.10.contact', 'es', 'Una lista de líneas de crisis en muchos países',
       'A list of crisis lines in many countries' FROM rule_set WHERE version = 1;

-- Finding help: organisation and register names stay as they are
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.US.1.label', 'es', 'Association of State and Provincial Psychology Boards (ASPPB)',
       'Association of State and Provincial Psychology Boards (ASPPB)' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.US.1.note', 'es', 'Cada estado tiene una junta que otorga la licencia a los psicólogos. ASPPB es la asociación de esas juntas. Empieza ahí para encontrar la junta de tu lugar de residencia y revisar una licencia.',
       'Each state has a board that gives psychologists their licence. ASPPB is the group of those boards. Start there to find the board where you live and check a licence.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.GB.2.label', 'es', 'BACP: cómo encontrar un terapeuta',
       'BACP: how to find a therapist' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.GB.2.note', 'es', 'Esta organización lleva una lista de consejeros y terapeutas. Explica cómo comprobar que un terapeuta está en la lista.',
       'This group keeps a list of counsellors and therapists. It shows how to check that a therapist is on the list.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.GB.3.label', 'es', 'HCPC: consulta el registro',
       'HCPC: check the Register' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.GB.3.note', 'es', 'Por ley, algunos títulos profesionales están reservados a las personas que figuran en la lista de este consejo. Dos de ellos son psicólogo clínico (clinical psychologist) y psicólogo de consejería (counselling psychologist).',
       'Some job titles are kept by law for people on this council''s list. Two of them are clinical psychologist and counselling psychologist.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.GB.4.label', 'es', 'NHS Talking Therapies (Inglaterra)',
       'NHS Talking Therapies (England)' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.GB.4.note', 'es', 'Terapia psicológica gratuita del NHS para adultos en Inglaterra con ansiedad o ánimo bajo. Puedes inscribirte por tu cuenta o pedírsela a tu médico de cabecera.',
       'Free NHS talking therapy for adults in England with anxiety or low mood. You can sign up yourself or ask your GP.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.CA.5.label', 'es', 'Canadian Psychological Association: licencias de los psicólogos',
       'Canadian Psychological Association: licensing of psychologists' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.CA.5.note', 'es', 'En Canadá, cada provincia o territorio tiene su propio organismo que otorga la licencia a los psicólogos. Esta página los enumera, para que puedas revisar una licencia en tu lugar de residencia.',
       'In Canada, each province or territory has its own body that gives psychologists their licence. This page lists them, so you can check a licence where you live.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.CA.6.label', 'es', 'Asociaciones de psicología provinciales y territoriales',
       'Provincial and territorial psychological associations' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.CA.6.note', 'es', 'Estas organizaciones a menudo te ayudan a encontrar un psicólogo.',
       'These groups often help you find a psychologist.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.IE.7.label', 'es', 'CORU, el organismo regulador de la salud y la atención social',
       'CORU, the health and social care regulator' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.IE.7.note', 'es', 'CORU lleva los registros oficiales de algunas profesiones de la salud. Los psicólogos, los consejeros y los terapeutas están entre las profesiones que cubrirá, así que consulta aquí primero.',
       'CORU keeps the official lists of some health jobs. Psychologists, counsellors and therapists are among the jobs it will cover, so check here first.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.IE.8.label', 'es', 'PSI Chartered Psychologist Online Directory',
       'PSI Chartered Psychologist Online Directory' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.IE.8.note', 'es', 'Encuentra un psicólogo que sea miembro pleno y verificado de esta organización.',
       'Find a psychologist who is a full, checked member of this group.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.AU.9.label', 'es', 'Ahpra: Register of Practitioners',
       'Ahpra: Register of Practitioners' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.AU.9.note', 'es', 'Comprueba que un psicólogo está en la lista y si tiene algún límite en su trabajo.',
       'Check that a psychologist is on the list, and if there are any limits on their work.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.AU.10.label', 'es', 'Psychology Board of Australia',
       'Psychology Board of Australia' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.AU.10.note', 'es', 'En Australia, debes estar en la lista de esta junta para trabajar como psicólogo o usar ese título.',
       'In Australia, you must be on this board''s list to work as a psychologist or to use that title.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.NZ.11.label', 'es', 'New Zealand Psychologists Board: busca en el registro',
       'New Zealand Psychologists Board: search the Register' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.THERAPIST.NZ.11.note', 'es', 'Esta junta lleva la lista de psicólogos de Nueva Zelanda. Busca ahí para comprobar que un psicólogo figura en ella.',
       'This board keeps the list of psychologists in New Zealand. Search it to check that a psychologist is on it.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.COACH.INT.1.label', 'es', 'International Coaching Federation (ICF)',
       'International Coaching Federation (ICF)' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.COACH.INT.1.note', 'es', 'ICF ofrece tres certificaciones de coaching: ACC, PCC y MCC. Puedes usar su sitio web para encontrar coaches que tengan una.',
       'ICF gives three coaching credentials: ACC, PCC and MCC. You can use its site to find coaches who have one.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.COACH.INT.2.label', 'es', 'EMCC Global Individual Accreditation',
       'EMCC Global Individual Accreditation' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.COACH.INT.2.note', 'es', 'Esta organización acredita a coaches y mentores en muchos países, con niveles que van del primero al más alto. Pregúntale a un coach qué nivel tiene.',
       'This group checks coaches and mentors in many countries, at levels from first to highest. Ask a coach which level they have.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.COST.INT.1.label', 'es', 'Terapia',
       'Therapy' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.COST.INT.1.note', 'es', 'Por sesión, a menudo cubierta por el seguro (según el artículo de origen). Antes de la primera sesión, pregunta al terapeuta, y a tu aseguradora o servicio de salud, cuánto pagarás.',
       'Per session, often insurance-based (the source article). Ask the therapist, and your insurer or health service, what you will pay before the first session.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.COST.INT.2.label', 'es', 'Coaching',
       'Coaching' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'help.COST.INT.2.note', 'es', 'Paquetes prepagados, precios flexibles (según el artículo de origen). Pregunta qué incluye un paquete, cuánto cuesta y cómo puedes dejarlo.',
       'Prepaid packages, flexible pricing (the source article). Ask what a package includes and costs, and how you can stop.' FROM rule_set WHERE version = 1;

-- About page
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'about.author', 'es', 'El artículo es de Anita Kantar, editora de contenidos en 50sense. El equipo de Crossroads lo convirtió en esta herramienta.',
       'The article is by Anita Kantar, who edits content at 50sense. The Crossroads team made it into this tool.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'about.sources', 'es', '“The Difference Between Therapy and Coaching: What Each Can (and Cannot) Do for You” (50sense); preguntas de detección del PHQ-9 y el GAD-7 (Kroenke, Spitzer et al.).',
       '“The Difference Between Therapy and Coaching: What Each Can (and Cannot) Do for You” (50sense); PHQ-9 and GAD-7 screening items (Kroenke, Spitzer et al.).' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'about.reviewPolicy', 'es', 'Se revisa al menos cada 12 meses y siempre que cambia una fuente.',
       'Reviewed at least every 12 months, and whenever a source changes.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'about.instruments', 'es', 'Las preguntas sobre el ánimo y la preocupación vienen del PHQ-2 y el GAD-2. La pregunta sobre hacerse daño es el ítem 9 del PHQ-9. Las escribieron Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y otros. Cualquier persona puede usarlas gratis. Te ayudan a revisar cómo estás. No te dicen qué te pasa.',
       'The mood and worry questions come from the PHQ-2 and GAD-2. The self-harm question is item 9 of the PHQ-9. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and others wrote them. Anyone may use them for free. They help you check how you are. They do not tell you what is wrong.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'about.funding', 'es', 'Ninguna: sin patrocinador y sin publicidad.',
       'None: no sponsor, no advertising.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'about.conflictsOfInterest', 'es', 'Ninguno.',
       'None.' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'about.limits', 'es', 'Crossroads te ayuda a pensar las cosas con calma. No es un diagnóstico ni un tratamiento, y no elige un terapeuta o un coach por ti. No puede saber si tienes un problema de salud mental, qué tan bien te vendría un terapeuta o un coach en particular, ni cuánto costaría cada uno. Sus resultados se basan en un artículo sobre terapia y coaching y en unas pocas preguntas breves de detección. No provienen de estudios sobre cómo les fue a las personas después de elegir. Háblalo con un profesional capacitado antes de decidir.',
       'Crossroads helps you think things through. It is not a diagnosis or a treatment, and it does not pick a therapist or coach for you. It cannot tell if you have a mental health problem, how well a given therapist or coach would suit you, or what either would cost. Its results rest on one article about therapy and coaching and a few short screening questions. They do not come from studies of how people did after they chose. Talk it over with a trained professional before you decide.' FROM rule_set WHERE version = 1;

-- Sources
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'source.1.title', 'es', 'The Difference Between Therapy and Coaching: What Each Can (and Cannot) Do for You',
       'The Difference Between Therapy and Coaching: What Each Can (and Cannot) Do for You' FROM rule_set WHERE version = 1;
INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text)
SELECT id, 'source.1.publisher', 'es', 'Anita Kantar, editora de contenidos en 50sense',
       'Anita Kantar, content editor at 50sense' FROM rule_set WHERE version = 1;
