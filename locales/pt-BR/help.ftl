# The command list (/help) and the short description of each command.

help-text = Veja o que eu posso fazer:

    { $commands }

    Em um chat privado, você também pode simplesmente digitar uma pergunta.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Começar e mostrar o menu
cmd-help = O que eu posso fazer
cmd-language = Escolher seu idioma
cmd-faq = Perguntas e respostas
cmd-survey = Responder à pesquisa
cmd-volunteer = Ser voluntário como Contato Estratégico do seu grupo
cmd-results = Resultados da pesquisa (Contatos Estratégicos e administradores)
cmd-unanswered = Perguntas que o FAQ não conseguiu responder (Contatos Estratégicos e administradores)
cmd-ask = Perguntar a uma pessoa: um Contato Estratégico responde aqui
cmd-reply = Responder a um chamado (Contatos Estratégicos e administradores)
cmd-tickets = Perguntas em aberto para uma pessoa (Contatos Estratégicos e administradores)
cmd-share = Compartilhar os resultados da sua discussão
cmd-discussions = Resultados de discussões compartilhados (Contatos Estratégicos e administradores)
cmd-report = Relatório mensal (Contatos Estratégicos e administradores)
cmd-events = Próximos eventos
cmd-subscribe = Receber anúncios no seu idioma
cmd-unsubscribe = Parar de receber anúncios
cmd-announce = Enviar um anúncio (Contatos Estratégicos e administradores)
cmd-liaison = Encontrar o Contato Estratégico do seu idioma
cmd-salon = Como organizar um Salão de Estratégia
cmd-discuss = Como iniciar sua própria discussão
cmd-privacy = O que eu guardo sobre você
cmd-forget = Apagar tudo o que eu guardo sobre você
cmd-cancel = Interromper o que está em andamento
cmd-menu = Mostrar o menu
cmd-setup = Idioma do servidor e canal de anúncios (administradores)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = ajuda
cmdname-menu = menu
cmdname-faq = faq
cmdname-survey = pesquisa
cmdname-volunteer = voluntário
cmdname-liaison = contato
cmdname-salon = salão
cmdname-discuss = discutir
cmdname-language = idioma
cmdname-privacy = privacidade
cmdname-forget = esquecer
cmdname-results = resultados
cmdname-unanswered = sem-resposta
cmdname-cancel = cancelar
cmdname-setup = configurar
cmdname-ask = perguntar
cmdname-reply = responder
cmdname-tickets = chamados
cmdname-share = compartilhar
cmdname-discussions = discussões
cmdname-report = relatório
cmdname-events = eventos
cmdname-subscribe = inscrever
cmdname-unsubscribe = cancelar-inscrição
cmdname-announce = anunciar
# Descriptions of command options.
param-question = Sua pergunta, com suas próprias palavras
param-code = Um código de idioma, como de, ar ou pt-BR
param-server-language = O idioma que o bot usa neste servidor
param-channel = Onde o bot publica os anúncios
param-ticket = O número do chamado
param-answer = Sua resposta
param-month = Um mês, como 2026-11
