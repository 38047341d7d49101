# What is stored (/privacy) and deleting it (/forget).

privacy-info = O que eu guardo sobre você, e por quê:
    • seu ID de usuário nesta plataforma e o idioma que você escolheu, para eu poder responder no seu idioma;
    • em que ponto você está de uma conversa passo a passo, e uma pesquisa que você deixou de lado para fazer outra coisa, para você poder continuar depois;
    • suas respostas à pesquisa, com um ID pseudônimo calculado com uma chave secreta, nunca com o seu ID de usuário;
    • se você se oferecer como Contato Estratégico: seu grupo, o idioma dele e o contato que você informar, para a equipe da estratégia;
    • os idiomas cujos anúncios você recebe, e os anúncios que estão esperando por você ou que já foram enviados a você;
    • as perguntas que você envia a uma pessoa com /ask e as mensagens dessa conversa, para que as respostas cheguem até você (os Contatos Estratégicos veem sua pergunta e o idioma dela, nunca o seu ID de usuário);
    • os resultados de discussões que você compartilha com /share;
    • o último dia em que você usou o bot, para que o relatório mensal conte cada pessoa uma só vez; o relatório em si contém apenas contagens por dia e por idioma.
    Guardo tudo isso até você enviar /forget, que apaga tudo de uma vez, inclusive os anúncios que ainda não foram enviados a você. Os anúncios e eventos que você escreveu como Contato Estratégico continuam, mas deixam de mostrar quem os escreveu; as contagens mensais também continuam, pois não contêm nada sobre você. Não guardo nomes de usuário nem cópias das suas outras mensagens{ $logged ->
        [yes] , exceto as perguntas que eu não consegui responder e aquelas cuja resposta recebeu um 👎: guardo o texto delas por 30 dias, sem o seu ID de usuário nem nada que aponte para você, para que as pessoas que escrevem as respostas saibam o que está faltando.
       *[no] .
    }
forget-confirm = Quer mesmo que eu apague tudo o que guardo sobre você? Isso não pode ser desfeito.
forget-yes = Sim, apagar tudo
forget-no = Não, manter
forget-done = Pronto. Apaguei tudo o que eu guardava sobre você ({ $count ->
        [one] { $count } registro
       *[other] { $count } registros
    }).
forget-kept = Tudo bem, nada foi apagado.
