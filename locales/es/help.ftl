# The command list (/help) and the short description of each command.

help-text = Esto es lo que puedo hacer:

    { $commands }

    En un chat privado también puedes escribir directamente una pregunta.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Empezar y mostrar el menú
cmd-help = Lo que puedo hacer
cmd-language = Elegir tu idioma
cmd-faq = Preguntas y respuestas
cmd-survey = Responder la encuesta
cmd-volunteer = Ofrecerte como enlace de tu grupo
cmd-results = Resultados de la encuesta (enlaces y administradores)
cmd-unanswered = Preguntas sin respuesta en las FAQ (enlaces y administradores)
cmd-ask = Preguntar a una persona: un enlace te responde aquí
cmd-reply = Responder a un ticket (enlaces y administradores)
cmd-tickets = Preguntas abiertas para una persona (enlaces y administradores)
cmd-share = Compartir los resultados de tu discusión
cmd-discussions = Resultados de discusiones compartidos (enlaces y administradores)
cmd-report = Informe mensual (enlaces y administradores)
cmd-events = Próximos eventos
cmd-subscribe = Recibir anuncios en tu idioma
cmd-unsubscribe = Dejar de recibir anuncios
cmd-announce = Enviar un anuncio (enlaces y administradores)
cmd-liaison = Encontrar el enlace de tu idioma
cmd-salon = Cómo organizar un Salón de Estrategia
cmd-discuss = Cómo iniciar tu propia discusión
cmd-privacy = Qué guardo sobre ti
cmd-forget = Borrar todo lo que guardo sobre ti
cmd-cancel = Detener lo que esté en curso
cmd-menu = Mostrar el menú
cmd-setup = Idioma del servidor y canal de anuncios (administradores)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = ayuda
cmdname-menu = menú
cmdname-faq = faq
cmdname-survey = encuesta
cmdname-volunteer = voluntario
cmdname-liaison = enlace
cmdname-salon = salon
cmdname-discuss = discutir
cmdname-language = idioma
cmdname-privacy = privacidad
cmdname-forget = olvidar
cmdname-results = resultados
cmdname-unanswered = sin-respuesta
cmdname-cancel = cancelar
cmdname-setup = configurar
cmdname-ask = preguntar
cmdname-reply = responder
cmdname-tickets = tickets
cmdname-share = compartir
cmdname-discussions = discusiones
cmdname-report = informe
cmdname-events = eventos
cmdname-subscribe = suscribirse
cmdname-unsubscribe = desuscribirse
cmdname-announce = anunciar
# Descriptions of command options.
param-question = Tu pregunta, con tus propias palabras
param-code = Un código de idioma, como de, ar o pt-BR
param-server-language = El idioma que usa el bot en este servidor
param-channel = Dónde publica el bot los anuncios
param-ticket = El número del ticket
param-answer = Tu respuesta
param-month = Un mes, como 2026-11
