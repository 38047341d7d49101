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
cmd-unanswered = Perguntas sem resposta nas FAQ (Contactos Estratégicos e administradores)
cmd-ask = Perguntar a uma pessoa: um Contacto Estratégico responde-te aqui
cmd-reply = Responder a um pedido (Contactos Estratégicos e administradores)
cmd-tickets = Perguntas em aberto para uma pessoa (Contactos Estratégicos e administradores)
cmd-share = Partilhar os resultados da tua discussão
cmd-discussions = Resultados de discussões partilhados (Contactos Estratégicos e administradores)
cmd-report = Relatório mensal (Contactos Estratégicos e administradores)
cmd-events = Próximos eventos
cmd-subscribe = Receber anúncios na tua língua
cmd-unsubscribe = Deixar de receber anúncios
cmd-announce = Enviar um anúncio (Contactos Estratégicos e administradores)
cmd-liaison = Encontrar o Contacto Estratégico da tua língua
cmd-salon = Como organizar um Salão de Estratégia
cmd-discuss = Como iniciar a tua própria discussão
cmd-privacy = O que guardo sobre ti
cmd-forget = Apagar tudo o que guardo sobre ti
cmd-cancel = Parar o que estiver em curso
cmd-menu = Mostrar o menu
cmd-setup = Língua do servidor e canal de anúncios (administradores)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = ajuda
cmdname-menu = menu
cmdname-faq = faq
cmdname-survey = inquérito
cmdname-volunteer = voluntário
cmdname-liaison = contacto
cmdname-salon = salão
cmdname-discuss = discutir
cmdname-language = língua
cmdname-privacy = privacidade
cmdname-forget = esquecer
cmdname-results = resultados
cmdname-unanswered = sem-resposta
cmdname-cancel = cancelar
cmdname-setup = configurar
cmdname-ask = perguntar
cmdname-reply = responder
cmdname-tickets = pedidos
cmdname-share = partilhar
cmdname-discussions = discussões
cmdname-report = relatório
cmdname-events = eventos
cmdname-subscribe = subscrever
cmdname-unsubscribe = cancelar-subscrição
cmdname-announce = anunciar
# Descriptions of command options.
param-question = A tua pergunta, por palavras tuas
param-code = Um código de língua, como de, ar ou pt-BR
param-server-language = A língua que o bot usa neste servidor
param-channel = Onde o bot publica os anúncios
param-ticket = O número do pedido
param-answer = A tua resposta
param-month = Um mês, como 2026-11
