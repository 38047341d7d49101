# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 Perguntar a uma pessoa
ask-intro = Escreve a tua pergunta para uma pessoa. Vai para os Contactos Estratégicos da tua língua ({ $language }) ou, se não houver nenhum, para a equipa da estratégia, e a resposta chega-te aqui mesmo, nesta conversa.
ask-question = O que gostarias de perguntar?
ask-contact = Se quiseres, indica também outra forma de te contactarem (por exemplo, o teu nome de utilizador na Meta-Wiki). De outra forma, o Contacto Estratégico não sabe quem és. Carrega em «Saltar» para ficares anónimo.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = A tua pergunta é agora o pedido #{ $ticket }. { $to ->
        [liaison] Os Contactos Estratégicos da tua língua ({ $language }) já a receberam e vão responder-te aqui.
       *[team] A equipa da estratégia já a recebeu e vai responder-te aqui.
    } Se quiseres acrescentar alguma coisa, basta responderes à mensagem deles.
ask-too-many = Já tens { $most } perguntas à espera de resposta. Espera por uma resposta ou fecha uma que já esteja resolvida.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 Pedido #{ $ticket } · { $language }
    { $question }

    Responde a esta mensagem, carrega em «Responder» ou escreve /reply { $ticket } seguido da tua resposta.
ticket-new-contact = 🎫 Pedido #{ $ticket } · { $language }
    { $question }

    Contacto indicado: { $contact }
    Responde a esta mensagem, carrega em «Responder» ou escreve /reply { $ticket } seguido da tua resposta.
ticket-followup = 🎫 Pedido #{ $ticket } · { $language } · a pessoa escreve:
    { $text }
# What the member receives.
ticket-answer = 💬 Resposta à tua pergunta #{ $ticket }:
    { $text }

    Responde a esta mensagem ou carrega em «Responder» para escreveres de volta.
ticket-closed = A tua pergunta #{ $ticket } foi fechada. Obrigado! Envia /ask se tiveres uma nova pergunta.

ticket-button-answer = ✎ Responder
ticket-button-reply = ✎ Responder
ticket-button-claim = Assumir
ticket-button-close = Fechar
ticket-button-solved = ✓ Resolvido
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = Escreve a tua mensagem para #{ $ticket }:
ticket-sent = Enviado para #{ $ticket }.
ticket-gone = O pedido #{ $ticket } está fechado ou não existe.
ticket-not-yours = Não podes escrever no pedido #{ $ticket }: pertence a outra língua.
ticket-claimed = Assumiste o pedido #{ $ticket }: as próximas mensagens da pessoa vêm para ti.
ticket-claimed-other = Outro Contacto Estratégico já assumiu o pedido #{ $ticket }.
ticket-closed-done = O pedido #{ $ticket } está fechado.
reply-usage = Escreve /reply, o número do pedido e a tua resposta, por exemplo: /reply 12 Obrigado pela pergunta!

tickets-not-allowed = Só os Contactos Estratégicos e os administradores podem ver os pedidos.
tickets-none = Não há perguntas em aberto para { $languages }.
tickets-list = Perguntas em aberto para { $languages } ({ $count }):
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] teu
        [claimed] assumido
       *[open] em aberto
    } · { $question }
