# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 Perguntar a uma pessoa
ask-intro = Escreva sua pergunta para uma pessoa. Ela vai para os Contatos Estratégicos do seu idioma ({ $language }) ou, se não houver nenhum, para a equipe da estratégia, e a resposta chega aqui mesmo, neste chat.
ask-question = O que você gostaria de perguntar?
ask-contact = Se quiser, informe também outra forma de falar com você (por exemplo, seu nome de usuário no Meta-Wiki). Caso contrário, o Contato Estratégico não fica sabendo quem você é. Toque em “Pular” para continuar anônimo.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = Sua pergunta virou o chamado #{ $ticket }. { $to ->
        [liaison] Os Contatos Estratégicos do seu idioma ({ $language }) já a receberam e vão responder aqui.
       *[team] A equipe da estratégia já a recebeu e vai responder aqui.
    } Se quiser acrescentar alguma coisa, é só responder à mensagem deles.
ask-too-many = Você já tem { $most } perguntas esperando resposta. Aguarde uma resposta ou encerre uma que já tenha sido resolvida.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 Chamado #{ $ticket } · { $language }
    { $question }

    Responda a esta mensagem, toque em “Responder” ou escreva /reply { $ticket } seguido da sua resposta.
ticket-new-contact = 🎫 Chamado #{ $ticket } · { $language }
    { $question }

    Contato informado: { $contact }
    Responda a esta mensagem, toque em “Responder” ou escreva /reply { $ticket } seguido da sua resposta.
ticket-followup = 🎫 Chamado #{ $ticket } · { $language } · a pessoa escreve:
    { $text }
# What the member receives.
ticket-answer = 💬 Resposta à sua pergunta #{ $ticket }:
    { $text }

    Responda a esta mensagem ou toque em “Responder” para escrever de volta.
ticket-closed = Sua pergunta #{ $ticket } foi encerrada. Obrigado! Envie /ask se tiver uma nova pergunta.

ticket-button-answer = ✎ Responder
ticket-button-reply = ✎ Responder
ticket-button-claim = Assumir
ticket-button-close = Encerrar
ticket-button-solved = ✓ Resolvido
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = Escreva sua mensagem para #{ $ticket }:
ticket-sent = Enviado para #{ $ticket }.
ticket-gone = O chamado #{ $ticket } está encerrado ou não existe.
ticket-not-yours = Você não pode escrever no chamado #{ $ticket }: ele é de outro idioma.
ticket-claimed = Você assumiu o chamado #{ $ticket }: as próximas mensagens da pessoa vão chegar para você.
ticket-claimed-other = Outro Contato Estratégico já assumiu o chamado #{ $ticket }.
ticket-closed-done = O chamado #{ $ticket } foi encerrado.
reply-usage = Escreva /reply, o número do chamado e sua resposta, por exemplo: /reply 12 Obrigado pela pergunta!

tickets-not-allowed = Só Contatos Estratégicos e administradores podem ver os chamados.
tickets-none = Nenhuma pergunta em aberto para { $languages }.
tickets-list = Perguntas em aberto para { $languages } ({ $count }):
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] seu
        [claimed] assumido
       *[open] em aberto
    } · { $question }
