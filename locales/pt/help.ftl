# The command list (/help) and the short description of each command.

help-text = Eis o que posso fazer:

    { $commands }

    Numa conversa privada, também podes simplesmente escrever uma pergunta.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Começar e mostrar o menu
cmd-help = O que posso fazer
cmd-language = Escolher a tua língua
cmd-faq = Perguntas e respostas
cmd-survey = Responder ao inquérito
cmd-volunteer = Ser voluntário como Contacto Estratégico do teu grupo
cmd-results = Resultados do inquérito (Contactos Estratégicos e administradores)
cmd-liaison = Encontrar o Contacto Estratégico da tua língua
cmd-salon = Como organizar um Salão de Estratégia
cmd-discuss = Como iniciar a tua própria discussão
cmd-privacy = O que guardo sobre ti
cmd-forget = Apagar tudo o que guardo sobre ti
cmd-cancel = Parar o que estiver em curso
