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
cmd-liaison = Encontrar o Contato Estratégico do seu idioma
cmd-salon = Como organizar um Salão de Estratégia
cmd-discuss = Como iniciar sua própria discussão
cmd-privacy = O que eu guardo sobre você
cmd-forget = Apagar tudo o que eu guardo sobre você
cmd-cancel = Interromper o que está em andamento
