# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = Estos son los temas sobre los que puedo responder. Elige uno o escribe tu pregunta con tus propias palabras.
faq-no-match = No encontré una respuesta a eso. Estos son los temas que conozco. Para cualquier otra cosa, tu enlace puede ayudarte: envía /liaison.
faq-more = Otras preguntas
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = No sé bien a cuál de estos temas te refieres. Elige uno o vuelve a preguntar con otras palabras.
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 Útil
faq-unhelpful = 👎 No fue útil
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = Solo los enlaces y los administradores pueden ver las preguntas que ha hecho la gente.
unanswered-none = En los últimos 30 días no ha habido ninguna pregunta en { $languages } sin respuesta ni con un 👎.
unanswered-list = Preguntas en { $languages } de los últimos 30 días que no pude responder o cuya respuesta recibió un 👎 ({ $count ->
        [one] la más reciente
       *[other] las { $count } más recientes
    }):
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language }: { $question }
unanswered-line-unhelpful = • { $language }: { $question } (👎 en «{ $topic }»)

faq-salon-what-title = ¿Qué es un Salón de Estrategia?
faq-salon-what-answer = Un Salón de Estrategia (Strategy Salon) es un encuentro presencial, organizado por un afiliado reconocido de Wikimedia, para debatir sobre la estrategia del movimiento. Los responsables del afiliado reúnen a miembros muy diversos que viven en su zona para conversar a fondo sobre uno o dos temas de la estrategia que les interesen. Solo los afiliados reconocidos pueden organizar uno; envía /salon para saber cómo.
faq-salon-what-keywords = salón, salones, salón de estrategia, strategy salon, encuentro, reuni, quedada, meetup, presencial, en persona, cara a cara, anfitri, acoger, albergar, evento local, afiliado reconocido, afiliados reconocidos, funciona, para qué sirve, en qué consiste, hacer un salón, organizar un salón, montar un salón, grant

faq-salon-grants-title = ¿Cuántas subvenciones para Salones de Estrategia se han concedido?
faq-salon-grants-answer = El interés es grande y muchos afiliados las han solicitado: en total se han aprobado 44 subvenciones para Salones de Estrategia, y 12 de ellas son para eventos juveniles.
faq-salon-grants-keywords = subvenci, beca, financia, fondos, dinero, presupuesto, aprobad, aprobaci, concedid, otorgad, solicitud, cuántas, cuántos, número, cifra, juvenil, jóvenes, juventud, 44, 12, ayuda económica, grant, salón, recibieron, recibido, han dado, se han dado, financiados, cuánto dinero

faq-csl-title = ¿Quiénes son los enlaces estratégicos comunitarios?
faq-csl-answer = Se ha contratado a enlaces estratégicos comunitarios para dirigir las conversaciones de estrategia en los wikis y en las redes sociales de siete comunidades lingüísticas: mandarín, hindi, árabe, alemán, portugués, francés y español. Envía /liaison para encontrar el de tu idioma.
faq-csl-keywords = enlace estratégico, enlaces estratégicos, enlace comunitario, liaison, csl, contratad, coordinador, mandarín, chino, hindi, árabe, alemán, portugués, francés, español, siete idiomas, de mi idioma, para mi idioma, enlaces comunitarios, enlace estratégico comunitario, enlaces estratégicos comunitarios, enlace de mi idioma, enlace de mi comunidad, enlace de mi lengua, quiénes son los enlaces, persona de contacto para, comunidad en español, en qué idiomas, en qué lenguas, qué lenguas, en las redes sociales, en los wikis, hispan, habla hispana, pagad, remunerad

faq-osl-title = ¿Qué es un enlace estratégico organizacional?
faq-osl-answer = Los enlaces estratégicos organizacionales son voluntarios que dirigen las conversaciones de estrategia dentro de grupos organizados, como los afiliados y otros grupos del movimiento. Consulta la lista para ver si tu grupo ya tiene uno: { $link }
faq-osl-keywords = enlace organizacional, enlace estratégico organizacional, osl, organizaci, grupo organizado, grupos organizados, dentro de mi grupo, en mi grupo, lista de enlaces, listado, asociaci, entidad, colectivo, ya tiene enlace, afiliad, capítulo, grupo de usuarios, dentro de los, dentro de grupos, lleva las conversaciones, ya tiene un enlace, si mi grupo, tiene enlace, dentro del grupo, qué es un enlace, significa osl, qué es osl, qué es un osl

faq-volunteer-title = ¿Cómo puedo ofrecerme como enlace de mi grupo?
faq-volunteer-answer = Si tu grupo organizado aún no tiene un enlace estratégico organizacional, puedes ofrecerte como voluntario. Primero consulta la lista para ver si tu grupo ya tiene uno y, después, inscríbete aquí: { $link }
faq-volunteer-keywords = voluntari, ofrecerme, me ofrezco, ofrecerse, apuntarme, apunto, inscrib, inscripci, registrarme, darme de alta, ser enlace, convertirme, hacerme, candidat, representar, representante, quiero ser, echar una mano, enlace de mi grupo, enlace para mi grupo, como enlace, serlo, puedo ser, no tiene, no tenemos, nuestro grupo, voluntario de enlace, aún no, todavía no, asumir, el rol, ese rol, el papel, ese papel, encargarme, ocupar, grupo de usuarios, me hago, organizaci, postul

faq-join-title = ¿Cómo puedo unirme a las discusiones existentes?
faq-join-answer = Las conversaciones tienen lugar dentro de grupos organizados y comunidades lingüísticas, en muchos idiomas. Averigua cuáles son los canales preferidos de tu grupo o de tu comunidad lingüística; los enlaces dirigen estas conversaciones en los wikis y en las redes sociales. Envía /liaison para encontrar el tuyo.
faq-join-keywords = unirme, unirse, sumarme, sumarse, participar, particip, tomar parte, formar parte, en curso, canal, canales, grupo de chat, telegram, redes sociales, en la wiki, página de discusión, café, involucr, implicarme, me uno, en marcha, ya están, ya existen, existentes, activas, abiertas, sumo, llevando a cabo, tienen lugar, se celebran, dónde se discute, dónde se debate, dónde están las conversaciones, hablando, se habla, dónde hablan, entro, entrar en, acceder, actuales

faq-start-title = ¿Cómo puedo iniciar una discusión por mi cuenta?
faq-start-answer = Si no ves ninguna discusión sobre tu tema o en el canal donde más participas, empieza una por tu cuenta: usa como guía el kit de herramientas para conversaciones comunitarias, traduce los documentos de alcance a tu idioma y comparte los resultados con el especialista en relaciones comunitarias o con un enlace estratégico comunitario. Envía /discuss para ver dónde encontrarlos.
faq-start-keywords = iniciar, inicio, empezar, comenzar, arrancar, lanzar, mi propia, por mi cuenta, yo mismo, yo misma, nueva discusión, nuevo debate, organizar una charla, organizar un debate, moderar, dirigir una conversación, convocar, abrir una, abrir un, abrir yo, abro, abra una, crear una, crear un debate, montar, ninguna discusión, ninguna conversación, no hay ningun, nadie habla, sobre mi tema, mi tema, por mí mismo, cómo se hace

faq-toolkit-title = ¿Qué es el kit de herramientas para conversaciones comunitarias?
faq-toolkit-answer = El kit de herramientas para conversaciones comunitarias (Community Conversations Toolkit) es una guía para quienes quieren iniciar conversaciones de estrategia en su propia comunidad: cómo preparar, llevar a cabo y documentar una discusión. Lo encontrarás aquí: { $link }
faq-toolkit-keywords = kit, kit de herramientas, toolkit, herramienta, guía, manual, instrucciones, material, recursos, plantilla, paso a paso, cómo preparar, cómo moderar, cómo documentar, documentar, cómo organizar, consejos, buenas prácticas, facilitador, para organizar conversaciones

faq-translate-title = ¿Cómo puedo traducir los documentos de alcance?
faq-translate-answer = Los documentos de alcance describen los temas de las conversaciones de estrategia. Traducirlos a tu idioma ayuda a que tu comunidad participe. Los documentos y cómo traducirlos: { $link }
faq-translate-keywords = traduc, traduzc, traductor, documentos de alcance, alcance, scoping, documento, documentos, a mi idioma, a mi lengua, al español, localiz, versión en español, idioma local, lengua local

faq-starters-title = ¿Qué son los Iniciadores de conversación?
faq-starters-answer = Iniciadores de conversación: Motores del cambio (Conversation Starters: Drivers) es una guía de discusión en forma de presentación que ofrece nuevas maneras de ayudar a las comunidades a pensar sobre la estrategia. Algunas de sus diapositivas se explican en una página aparte. La guía: { $link }
faq-starters-keywords = iniciadores, iniciador de conversación, conversation starters, starters, motores del cambio, motores de cambio, impulsores, drivers, presentaci, diapositiva, diapos, slides, guía de discusión, rompehielos, romper el hielo, disparador, preguntas para arrancar, con preguntas, preguntas para, empezar la conversación

faq-survey-title = ¿Cómo puedo dar mi opinión en la encuesta?
faq-survey-answer = La encuesta te permite hacer llegar tu opinión directamente al equipo de estrategia. Envía /survey para responderla aquí mismo, en el chat, o ábrela en la web: { $link }
faq-survey-keywords = encuesta, cuestionario, formulario, opini, comentarios, retroaliment, feedback, sondeo, votación, mi punto de vista, lo que pienso, dar mi opinión, responder, contestar, valoración, sugerencia, rellenar, llenar, enlace a la encuesta, link, participar en la encuesta, opinar, aportar, dejar mi, votar, voto

faq-phase-title = ¿Cuándo empieza la próxima fase?
faq-phase-answer = La próxima fase de las conversaciones comunitarias empezará en enero.
faq-phase-keywords = próxima fase, siguiente fase, fase, etapa, ronda, enero, fecha, calendario, cronograma, plazo, próximo paso, siguiente paso, continuar, continúa, seguirá, más adelante, próximamente, viene después, qué sigue, y ahora qué, y después qué, lo siguiente, siguiente ronda, cuándo empieza, cuándo comienza, cuándo continúa, cuándo sigue, cuándo vuelve, cuándo se retoma, retom, reanud

faq-reports-title = ¿Dónde puedo leer los informes de eventos y los informes mensuales?
faq-reports-answer = Los informes de los eventos comunitarios de junio a septiembre de 2019 y los informes mensuales están recopilados en la página «Participa» (Participate): { $link }
faq-reports-keywords = informe, reporte, mensual, mensuales, informe mensual, informe de eventos, resultado de los eventos, resumen, resúmenes, acta, balance, crónica, junio, septiembre, setiembre, 2019, qué pasó, leer, en los eventos, de los eventos

faq-support-title = ¿Quién puede ayudarme o recibir los resultados de nuestra discusión?
faq-support-answer = El especialista en relaciones comunitarias y los enlaces estratégicos comunitarios apoyan a quienes organizan discusiones y recopilan los resultados. Comparte con ellos tus resultados o pídeles ayuda. Envía /liaison para encontrar a tu contacto.
faq-support-keywords = ayúdame, apoyo, soporte, contacto, contactar, hablar con, escribir a, correo, email, preguntar a alguien, especialista, relaciones comunitarias, compartir resultados, enviar resultados, resultados, responsable, compart, conclusiones, con quién, a quién enviar, mandar los resultados, entregar, hallazgos, pedir ayuda, quién me ayuda, quién puede ayudar, me puede ayudar, ayuda para organizar, ayuda con la discusión, eche una mano, me eche, envío, enviar, mando

faq-faqpage-title = ¿Dónde están las preguntas frecuentes completas sobre las conversaciones comunitarias?
faq-faqpage-answer = La página de preguntas frecuentes (FAQ) tiene una sección dedicada a las conversaciones comunitarias, con respuestas a las dudas más habituales: { $link }
faq-faqpage-keywords = faq, preguntas frecuentes, frecuent, preguntas más frecuentes, página de preguntas, faq completa, más preguntas, otras preguntas, todas las preguntas, dudas, respuestas, documentación, más información, saber más, página de ayuda, otra pregunta, no está aquí, no aparece
