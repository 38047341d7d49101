# The greeting and the main menu (/start).

start-greeting = Bonjour ! Je suis le bot Participez de la stratégie du mouvement Wikimedia. Je réponds à vos questions sur les conversations stratégiques, je vous indique l'agent de liaison de votre langue et je vous explique comment organiser un Salon stratégique ou lancer votre propre discussion. Faites votre choix ci-dessous, ou tapez simplement votre question.
menu-faq = Questions et réponses
menu-liaison = Mon agent de liaison
menu-salon = Organiser un Salon stratégique
menu-discuss = Lancer une discussion
menu-survey = Répondre à l'enquête
menu-volunteer = Me porter volontaire
menu-events = Événements
menu-subscribe = Annonces
menu-language = Langue
menu-privacy = Confidentialité
menu-help = Aide
