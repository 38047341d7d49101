# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = Estos son los temas sobre los que puedo responder. Elige uno o escribe tu pregunta con tus propias palabras.
faq-no-match = No encontré una respuesta a eso. Estos son los temas que conozco. Para cualquier otra cosa, tu enlace puede ayudarte: envía /liaison.
faq-more = Otras preguntas

faq-salon-what-title = ¿Qué es un Salón de Estrategia?
faq-salon-what-answer = Un Salón de Estrategia (Strategy Salon) es un encuentro presencial, organizado por un afiliado reconocido de Wikimedia, para debatir sobre la estrategia del movimiento. Los responsables del afiliado reúnen a miembros muy diversos que viven en su zona para conversar a fondo sobre uno o dos temas de la estrategia que les interesen. Solo los afiliados reconocidos pueden organizar uno; envía /salon para saber cómo.
faq-salon-what-keywords = salón, salon, salones, salón de estrategia, strategy salon, encuentro, reuni, quedada, meetup, presencial, en persona, cara a cara, anfitri, acoger, albergar, afiliad, capítulo, capitulo, grupo de usuarios, evento local

faq-salon-grants-title = ¿Cuántas subvenciones para Salones de Estrategia se han concedido?
faq-salon-grants-answer = El interés es grande y muchos afiliados las han solicitado: en total se han aprobado 44 subvenciones para Salones de Estrategia, y 12 de ellas son para eventos juveniles.
faq-salon-grants-keywords = subvenci, beca, financia, fondos, dinero, presupuesto, aprobad, aprobaci, concedid, otorgad, solicitud, cuántas, cuantas, cuántos, cuantos, número, numero, cifra, juvenil, jóvenes, jovenes, juventud, 44, 12, ayuda económica, grant

faq-csl-title = ¿Quiénes son los enlaces estratégicos comunitarios?
faq-csl-answer = Se ha contratado a enlaces estratégicos comunitarios para dirigir las conversaciones de estrategia en los wikis y en las redes sociales de siete comunidades lingüísticas: mandarín, hindi, árabe, alemán, portugués, francés y español. Envía /liaison para encontrar el de tu idioma.
faq-csl-keywords = enlace estratégico, enlaces estratégicos, enlace comunitario, enlace, liaison, csl, contratad, coordinador, facilitador, mandarín, mandarin, chino, hindi, árabe, arabe, alemán, aleman, portugués, portugues, francés, frances, español, espanol, siete idiomas, qué idiomas, de mi idioma, para mi idioma

faq-osl-title = ¿Qué es un enlace estratégico organizacional?
faq-osl-answer = Los enlaces estratégicos organizacionales son voluntarios que dirigen las conversaciones de estrategia dentro de grupos organizados, como los afiliados y otros grupos del movimiento. Consulta la lista para ver si tu grupo ya tiene uno: { $link }
faq-osl-keywords = organizacional, organizacionales, enlace organizacional, enlace estratégico organizacional, enlaces organizacionales, osl, organizaci, grupo organizado, grupos organizados, dentro de mi grupo, en mi grupo, nuestro grupo, lista de enlaces, listado, asociaci, entidad, colectivo, ya tiene enlace

faq-volunteer-title = ¿Cómo puedo ofrecerme como enlace de mi grupo?
faq-volunteer-answer = Si tu grupo organizado aún no tiene un enlace estratégico organizacional, puedes ofrecerte como voluntario. Primero consulta la lista para ver si tu grupo ya tiene uno y, después, inscríbete aquí: { $link }
faq-volunteer-keywords = voluntari, ofrecerme, me ofrezco, ofrecerse, apuntarme, apunto, inscrib, inscripci, registrarme, darme de alta, ser enlace, convertirme, hacerme, postular, candidat, representar, representante, quiero ser, echar una mano, enlace de mi grupo, enlace para mi grupo, como enlace

faq-join-title = ¿Cómo puedo unirme a las discusiones existentes?
faq-join-answer = Las conversaciones tienen lugar dentro de grupos organizados y comunidades lingüísticas, en muchos idiomas. Averigua cuáles son los canales preferidos de tu grupo o de tu comunidad lingüística; los enlaces dirigen estas conversaciones en los wikis y en las redes sociales. Envía /liaison para encontrar el tuyo.
faq-join-keywords = unirme, unirse, sumarme, sumarse, participar, particip, tomar parte, formar parte, discusiones existentes, en curso, dónde se habla, donde se habla, canal, canales, grupo de chat, telegram, redes sociales, en la wiki, página de discusión, café, involucr, implicarme

faq-start-title = ¿Cómo puedo iniciar una discusión por mi cuenta?
faq-start-answer = Si no ves ninguna discusión sobre tu tema o en el canal donde más participas, empieza una por tu cuenta: usa como guía el kit de herramientas para conversaciones comunitarias, traduce los documentos de alcance a tu idioma y comparte los resultados con el especialista en relaciones comunitarias o con un enlace estratégico comunitario. Envía /discuss para ver dónde encontrarlos.
faq-start-keywords = iniciar, inicio, empezar, comenzar, arrancar, lanzar, crear una discusión, abrir un debate, abrir una discusión, mi propia, por mi cuenta, yo mismo, yo misma, nueva discusión, nuevo debate, organizar una charla, organizar un debate, moderar, dirigir una conversación, convocar

faq-toolkit-title = ¿Qué es el kit de herramientas para conversaciones comunitarias?
faq-toolkit-answer = El kit de herramientas para conversaciones comunitarias (Community Conversations Toolkit) es una guía para quienes quieren iniciar conversaciones de estrategia en su propia comunidad: cómo preparar, llevar a cabo y documentar una discusión. Lo encontrarás aquí: { $link }
faq-toolkit-keywords = kit, kit de herramientas, toolkit, herramienta, guía, guia, manual, instrucciones, material, recursos, plantilla, paso a paso, cómo preparar, como preparar, cómo moderar, cómo documentar

faq-translate-title = ¿Cómo puedo traducir los documentos de alcance?
faq-translate-answer = Los documentos de alcance describen los temas de las conversaciones de estrategia. Traducirlos a tu idioma ayuda a que tu comunidad participe. Los documentos y cómo traducirlos: { $link }
faq-translate-keywords = traduc, traduzc, traductor, documentos de alcance, alcance, scoping, documento, documentos, a mi idioma, a mi lengua, al español, localiz, versión en español, version en español, idioma local, lengua local

faq-starters-title = ¿Qué son los Iniciadores de conversación?
faq-starters-answer = Iniciadores de conversación: Motores del cambio (Conversation Starters: Drivers) es una guía de discusión en forma de presentación que ofrece nuevas maneras de ayudar a las comunidades a pensar sobre la estrategia. Algunas de sus diapositivas se explican en una página aparte. La guía: { $link }
faq-starters-keywords = iniciadores, iniciador de conversación, conversation starters, starters, motores del cambio, motores de cambio, impulsores, drivers, presentaci, diapositiva, diapos, slides, guía de discusión, rompehielos, romper el hielo, disparador, preguntas para arrancar

faq-survey-title = ¿Cómo puedo dar mi opinión en la encuesta?
faq-survey-answer = La encuesta te permite hacer llegar tu opinión directamente al equipo de estrategia. Respóndela aquí: { $link }
faq-survey-keywords = encuesta, cuestionario, formulario, opini, comentarios, retroaliment, feedback, sondeo, votación, votacion, mi punto de vista, lo que pienso, dar mi opinión, responder, contestar, valoración, sugerencia

faq-phase-title = ¿Cuándo empieza la próxima fase?
faq-phase-answer = La próxima fase de las conversaciones comunitarias empezará en enero.
faq-phase-keywords = próxima fase, proxima fase, siguiente fase, fase, etapa, ronda, cuándo, cuando, enero, fecha, calendario, cronograma, plazo, próximo paso, siguiente paso, continuar, continúa, seguirá, más adelante, próximamente

faq-reports-title = ¿Dónde puedo leer los informes de eventos y los informes mensuales?
faq-reports-answer = Los informes de los eventos comunitarios de junio a septiembre de 2019 y los informes mensuales están recopilados en la página «Participa» (Participate): { $link }
faq-reports-keywords = informe, reporte, mensual, mensuales, informe mensual, informe de eventos, resultado de los eventos, resumen, resúmenes, resumenes, acta, balance, crónica, cronica, junio, septiembre, setiembre, 2019, qué pasó, que paso, leer

faq-support-title = ¿Quién puede ayudarme o recibir los resultados de nuestra discusión?
faq-support-answer = El especialista en relaciones comunitarias y los enlaces estratégicos comunitarios apoyan a quienes organizan discusiones y recopilan los resultados. Comparte con ellos tus resultados o pídeles ayuda. Envía /liaison para encontrar a tu contacto.
faq-support-keywords = ayuda, ayúdame, ayudame, apoyo, soporte, contacto, contactar, hablar con, escribir a, correo, email, a quién, a quien, preguntar a alguien, especialista, relaciones comunitarias, compartir resultados, enviar resultados, resultados, persona, responsable

faq-faqpage-title = ¿Dónde están las preguntas frecuentes completas sobre las conversaciones comunitarias?
faq-faqpage-answer = La página de preguntas frecuentes (FAQ) tiene una sección dedicada a las conversaciones comunitarias, con respuestas a las dudas más habituales: { $link }
faq-faqpage-keywords = faq, preguntas frecuentes, frecuent, preguntas más frecuentes, página de preguntas, faq completa, más preguntas, mas preguntas, otras preguntas, todas las preguntas, dudas, respuestas, documentación, documentacion, más información, mas informacion, saber más
