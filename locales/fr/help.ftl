# The command list (/help) and the short description of each command.

help-text = Voici ce que je sais faire :

    { $commands }

    Dans une conversation privée, vous pouvez aussi taper directement une question.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Démarrer et afficher le menu
cmd-help = Ce que je sais faire
cmd-language = Choisir votre langue
cmd-faq = Questions et réponses
cmd-survey = Répondre à l'enquête
cmd-volunteer = Devenir agent de liaison de votre groupe
cmd-results = Résultats de l'enquête (agents de liaison et administrateurs)
cmd-unanswered = Questions sans réponse dans la FAQ (agents de liaison et administrateurs)
cmd-ask = Demander à une personne : un agent de liaison vous répond ici
cmd-reply = Répondre à un ticket (agents de liaison et administrateurs)
cmd-tickets = Questions ouvertes posées à une personne (agents de liaison et administrateurs)
cmd-share = Partager les résultats de votre discussion
cmd-discussions = Résultats de discussion partagés (agents de liaison et administrateurs)
cmd-report = Rapport mensuel (agents de liaison et administrateurs)
cmd-events = Événements à venir
cmd-subscribe = Recevoir les annonces dans votre langue
cmd-unsubscribe = Ne plus recevoir les annonces
cmd-announce = Envoyer une annonce (agents de liaison et administrateurs)
cmd-liaison = Trouver l'agent de liaison de votre langue
cmd-salon = Organiser un Salon stratégique
cmd-discuss = Lancer votre propre discussion
cmd-privacy = Ce que je conserve sur vous
cmd-forget = Effacer tout ce que je conserve sur vous
cmd-cancel = Arrêter l'action en cours
cmd-menu = Afficher le menu
cmd-setup = Langue du serveur et salon d'annonces (administrateurs)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = aide
cmdname-menu = menu
cmdname-faq = faq
cmdname-survey = enquête
cmdname-volunteer = volontaire
cmdname-liaison = liaison
cmdname-salon = salon
cmdname-discuss = discussion
cmdname-language = langue
cmdname-privacy = confidentialité
cmdname-forget = oublier
cmdname-results = résultats
cmdname-unanswered = sans-réponse
cmdname-cancel = annuler
cmdname-setup = configurer
cmdname-ask = demander
cmdname-reply = répondre
cmdname-tickets = tickets
cmdname-share = partager
cmdname-discussions = discussions-partagées
cmdname-report = rapport
cmdname-events = événements
cmdname-subscribe = abonnement
cmdname-unsubscribe = désabonnement
cmdname-announce = annonce
# Descriptions of command options.
param-question = Votre question, avec vos propres mots
param-code = Un code de langue, comme de, ar ou pt-BR
param-server-language = La langue utilisée par le bot sur ce serveur
param-channel = Le salon où le bot publie les annonces
param-ticket = Le numéro du ticket
param-answer = Votre réponse
param-month = Un mois, comme 2026-11
