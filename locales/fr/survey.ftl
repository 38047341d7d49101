# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = Cette courte enquête vous permet de faire part de votre point de vue directement à l'équipe de la stratégie du mouvement. Vos réponses sont enregistrées sous un identifiant pseudonyme, jamais avec votre compte. Vous pouvez revenir en arrière, passer les questions facultatives ou arrêter à tout moment avec /cancel.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = Question { $step } sur { $total } : { $question }
survey-role = Comment participez-vous au mouvement Wikimedia ?
survey-role-editor = Je contribue à un projet Wikimedia
survey-role-affiliate = Je suis membre d'un affilié ou groupe
survey-role-organizer = J'organise des événements ou ateliers
survey-role-technical = Je contribue techniquement
survey-role-reader = Je lis, je donne ou j'en parle
survey-role-new = Je découvre le mouvement
survey-areas = Quels domaines thématiques comptent le plus pour vous ? Choisissez-en autant que vous voulez, puis appuyez sur « Terminé ».
    .title = Quels domaines thématiques comptent le plus pour vous ?
survey-areas-advocacy = Plaidoyer
survey-areas-capacity = Renforcement des capacités
survey-areas-health = Santé communautaire
survey-areas-diversity = Diversité
survey-areas-partnerships = Partenariats
survey-areas-product = Produit et technologie
survey-areas-resources = Répartition des ressources
survey-areas-revenue = Sources de revenus
survey-areas-roles = Rôles et responsabilités
survey-involved = Jusqu'ici, dans quelle mesure avez-vous le sentiment de prendre part aux conversations sur la stratégie du mouvement ? Choisissez de 1 (pas du tout) à 5 (tout à fait).
    .title = Jusqu'ici, dans quelle mesure avez-vous le sentiment de prendre part aux conversations sur la stratégie du mouvement ? (1 = pas du tout, 5 = tout à fait)
survey-ways = Comment aimeriez-vous participer aux conversations ? Choisissez autant d'options que vous voulez, puis appuyez sur « Terminé ».
    .title = Comment aimeriez-vous participer aux conversations ?
survey-ways-salon = Lors d'un Salon stratégique
survey-ways-wiki = Dans des discussions sur wiki
survey-ways-chat = Sur les réseaux sociaux ou en chat
survey-ways-group = Au sein de mon affilié ou groupe
survey-ways-survey = Par des enquêtes comme celle-ci
survey-host = Votre affilié ou groupe aimerait-il organiser un Salon stratégique ?
survey-youth = Certains Salons stratégiques sont destinés aux jeunes. Aimeriez-vous participer à l'un d'eux ?
survey-change = Qu'est-ce qui devrait changer dans le mouvement ? Répondez avec vos propres mots.
survey-consent = Votre agent de liaison stratégique communautaire peut-il vous contacter au sujet de vos réponses ?
survey-thanks = Merci ! Vos réponses sont enregistrées. Vous pouvez les consulter ou les modifier à tout moment avec /survey.
survey-done-before = Vous avez déjà répondu à cette enquête. Vos réponses :

    { $summary }

    Voulez-vous les modifier ?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = Modifier mes réponses
survey-keep-answers = Les garder
survey-kept = Vos réponses restent inchangées. Merci !
survey-resume = Bon retour ! Reprenons là où nous en étions.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = Ce que vous aviez commencé avec { $command } est mis de côté : vous le reprendrez là où vous en étiez dès que vous aurez fini ici.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = Retour à ce que vous faisiez avant ; aucune de vos réponses n'a été perdue.
flow-back = Retour
flow-skip = Passer
flow-done = Terminé
flow-yes = Oui
flow-no = Non
flow-skipped = sans réponse
flow-choose-button = Répondez avec l'un des boutons.
flow-choose-at-least-one = Choisissez au moins une option, puis appuyez sur « Terminé ».
flow-too-long = Cette réponse est trop longue. Utilisez au maximum { $limit } caractères.
flow-bad-date = Écrivez une date passée, par exemple 2026-11-28.
flow-bad-number = Écrivez un nombre entier, par exemple 12.
flow-bad-link = Envoyez un lien commençant par https://, ou appuyez sur « Passer ».
flow-empty = Tapez votre réponse.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = Question { $step } sur { $total } : { $question }

    Votre réponse jusqu'ici : { $answer }
flow-keep = Garder cette réponse
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] Avec votre réponse, une question disparaît : il y en a désormais { $total } au total.
        [1] Avec votre réponse, une question s'ajoute : il y en a désormais { $total } au total.
       *[other] Votre réponse modifie le nombre de questions : il y en a désormais { $total } au total.
    }

    Question { $step } sur { $total } : { $question }
flow-not-current = Ce bouton correspond à une autre question. Voici la question en cours.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = Écrire ma réponse
