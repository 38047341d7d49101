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
cmd-liaison = Trouver l'agent de liaison de votre langue
cmd-salon = Organiser un Salon stratégique
cmd-discuss = Lancer votre propre discussion
cmd-privacy = Ce que je conserve sur vous
cmd-forget = Effacer tout ce que je conserve sur vous
cmd-cancel = Arrêter l'action en cours
