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
cmd-liaison = Encontrar el enlace de tu idioma
cmd-salon = Cómo organizar un Salón de Estrategia
cmd-discuss = Cómo iniciar tu propia discusión
cmd-privacy = Qué guardo sobre ti
cmd-forget = Borrar todo lo que guardo sobre ti
cmd-cancel = Detener lo que esté en curso
