# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 Demander à une personne
ask-intro = Écrivez votre question pour une personne. Elle sera transmise aux agents de liaison de votre langue ({ $language }), ou à l'équipe stratégique s'il n'y en a pas, qui vous répondront ici même, dans cette conversation.
ask-question = Que voulez-vous demander ?
ask-contact = Si vous le souhaitez, indiquez aussi comment vous joindre autrement (par exemple votre nom d'utilisateur sur Meta-Wiki). Sinon, l'agent de liaison ne sait pas qui vous êtes. Appuyez sur « Passer » pour rester anonyme.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = Votre question est devenue le ticket #{ $ticket }. { $to ->
        [liaison] Les agents de liaison de votre langue ({ $language }) l'ont reçue et vous répondront ici.
       *[team] L'équipe stratégique l'a reçue et vous répondra ici.
    } Pour ajouter quelque chose, il vous suffira de répondre à leur message.
ask-too-many = Vous avez déjà { $most } questions en attente de réponse. Attendez une réponse, ou clôturez une question déjà résolue.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 Ticket #{ $ticket } · { $language }
    { $question }

    Répondez à ce message, appuyez sur « Répondre » ou écrivez /reply { $ticket } suivi de votre réponse.
ticket-new-contact = 🎫 Ticket #{ $ticket } · { $language }
    { $question }

    Contact indiqué : { $contact }
    Répondez à ce message, appuyez sur « Répondre » ou écrivez /reply { $ticket } suivi de votre réponse.
ticket-followup = 🎫 Ticket #{ $ticket } · { $language } · la personne écrit :
    { $text }
# What the member receives.
ticket-answer = 💬 Réponse à votre question #{ $ticket } :
    { $text }

    Répondez à ce message ou appuyez sur « Répondre » pour écrire à votre tour.
ticket-closed = Votre question #{ $ticket } est close. Merci ! Envoyez /ask pour poser une nouvelle question.

ticket-button-answer = ✎ Répondre
ticket-button-reply = ✎ Répondre
ticket-button-claim = Prendre en charge
ticket-button-close = Clôturer
ticket-button-solved = ✓ Résolu
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = Écrivez votre message pour #{ $ticket } :
ticket-sent = Message envoyé pour #{ $ticket }.
ticket-gone = Le ticket #{ $ticket } est clos ou n'existe pas.
ticket-not-yours = Vous ne pouvez pas écrire dans le ticket #{ $ticket } : il relève d'une autre langue.
ticket-claimed = Vous avez pris en charge le ticket #{ $ticket } : les prochains messages de la personne vous seront adressés.
ticket-claimed-other = Un autre agent de liaison a déjà pris en charge le ticket #{ $ticket }.
ticket-closed-done = Le ticket #{ $ticket } est clos.
reply-usage = Écrivez /reply, le numéro du ticket et votre réponse, par exemple : /reply 12 Merci pour votre question !

tickets-not-allowed = Seuls les agents de liaison et les administrateurs peuvent consulter les tickets.
tickets-none = Aucune question ouverte pour { $languages }.
tickets-list = Questions ouvertes pour { $languages } ({ $count }) :
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] à vous
        [claimed] pris en charge
       *[open] ouvert
    } · { $question }
