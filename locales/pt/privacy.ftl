# What is stored (/privacy) and deleting it (/forget).

privacy-info = O que guardo sobre ti, e porquê:
    • o teu ID de utilizador nesta plataforma e a língua que escolheste, para te poder responder na tua língua;
    • o ponto em que estás numa conversa passo a passo, e um inquérito que tenhas posto de parte para fazer outra coisa, para poderes continuar mais tarde;
    • as tuas respostas ao inquérito, com um ID pseudónimo calculado com uma chave secreta, nunca com o teu ID de utilizador;
    • se te ofereceres como Contacto Estratégico: o teu grupo, a língua do grupo e o contacto que indicares, para a equipa da estratégia;
    • as línguas cujos anúncios recebes, e os anúncios que estão à tua espera ou que já te foram enviados;
    • as perguntas que envias a uma pessoa com /ask e as mensagens dessa conversa, para que as respostas te cheguem (os Contactos Estratégicos veem a tua pergunta e a língua dela, nunca o teu ID de utilizador);
    • os resultados de discussões que partilhas com /share;
    • o último dia em que usaste o bot, para que o relatório mensal conte cada pessoa uma só vez; o próprio relatório só contém contagens por dia e por língua.
    Guardo tudo isto até enviares /forget, que apaga tudo de uma vez, incluindo os anúncios que ainda não te foram enviados. Os anúncios e eventos que escreveste como Contacto Estratégico ficam, mas deixam de mostrar quem os escreveu; as contagens mensais também ficam, porque não contêm nada sobre ti. Não guardo nomes de utilizador nem cópias das tuas outras mensagens{ $logged ->
        [yes] , exceto as perguntas a que não consegui responder e aquelas cuja resposta recebeu um 👎: guardo o texto delas durante 30 dias, sem o teu ID de utilizador nem nada que te identifique, para que as pessoas que escrevem as respostas saibam o que falta.
       *[no] .
    }
forget-confirm = Queres mesmo que eu apague tudo o que guardo sobre ti? Isto não pode ser anulado.
forget-yes = Sim, apagar tudo
forget-no = Não, manter
forget-done = Feito. Apaguei tudo o que guardava sobre ti ({ $count ->
        [one] { $count } registo
       *[other] { $count } registos
    }).
forget-kept = Está bem, não foi apagado nada.
