# What is stored (/privacy) and deleting it (/forget).

privacy-info = O que eu guardo sobre você, e por quê:
    • seu ID de usuário nesta plataforma e o idioma que você escolheu, para eu poder responder no seu idioma;
    • em que ponto você está de uma conversa passo a passo, para você poder continuar depois de uma pausa;
    • suas respostas à pesquisa, com um ID pseudônimo calculado com uma chave secreta, nunca com o seu ID de usuário;
    • se você se oferecer como Contato Estratégico: seu grupo, o idioma dele e o contato que você informar, para a equipe da estratégia;
    • os idiomas cujos anúncios você recebe e se cada anúncio chegou até você.
    Não guardo nomes de usuário nem cópias das suas mensagens. Envie /forget para apagar tudo o que eu guardo sobre você.
forget-confirm = Quer mesmo que eu apague tudo o que guardo sobre você? Isso não pode ser desfeito.
forget-yes = Sim, apagar tudo
forget-no = Não, manter
forget-done = Pronto. Apaguei tudo o que eu guardava sobre você ({ $count ->
        [one] { $count } registro
       *[other] { $count } registros
    }).
forget-kept = Tudo bem, nada foi apagado.
