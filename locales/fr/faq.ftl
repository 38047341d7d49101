# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = Voici les sujets sur lesquels je peux répondre. Choisissez-en un, ou posez votre question avec vos propres mots.
faq-no-match = Je n'ai pas trouvé de réponse à cela. Voici les sujets que je connais. Pour tout le reste, votre agent de liaison peut vous aider : envoyez /liaison.
faq-more = Autres questions
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = Je ne sais pas exactement duquel de ces sujets vous parlez. Choisissez-en un, ou reformulez votre question avec d'autres mots.
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 Utile
faq-unhelpful = 👎 Pas utile
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = Seuls les agents de liaison et les administrateurs peuvent consulter les questions posées.
unanswered-none = Au cours des 30 derniers jours, aucune question en { $languages } n'est restée sans réponse ni n'a reçu de 👎.
unanswered-list = Questions en { $languages } des 30 derniers jours auxquelles je n'ai pas pu répondre, ou dont la réponse a reçu un 👎 (les plus récentes, au nombre de { $count }) :
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language } : { $question }
unanswered-line-unhelpful = • { $language } : { $question } (👎 sur « { $topic } »)

faq-salon-what-title = Qu'est-ce qu'un Salon stratégique ?
faq-salon-what-answer = Un Salon stratégique (Strategy Salon) est une rencontre en présentiel, organisée par un affilié Wikimedia reconnu, pour discuter de la stratégie du mouvement. Les responsables de l'affilié réunissent des membres variés qui vivent dans leur région, pour approfondir un ou deux thèmes stratégiques qui les intéressent. Seuls les affiliés reconnus peuvent en organiser un ; envoyez /salon pour savoir comment.
faq-salon-what-keywords = salon, salon stratégique, salon strategique, strategy salon, rencontre, réunion, reunion, rassemblement, meetup, présentiel, presentiel, en personne, face à face, accueillir, héberger, organiser un salon, affilié, affilie, chapitre, association locale, événement local, evenement local

faq-salon-grants-title = Combien de subventions pour des Salons stratégiques ont été accordées ?
faq-salon-grants-answer = L'intérêt est fort et de nombreux affiliés ont déposé une demande : au total, 44 subventions pour des Salons stratégiques ont été approuvées, dont 12 pour des événements destinés aux jeunes.
faq-salon-grants-keywords = subvention, bourse, financ, fonds, argent, budget, approuv, accordé, accorde, candidature, dossier, demande de financement, combien, nombre, chiffre, jeune, jeunesse, 44, 12, grant

faq-csl-title = Qui sont les agents de liaison stratégique communautaires ?
faq-csl-answer = Des agents de liaison stratégique communautaires ont été recrutés pour animer les conversations stratégiques sur les wikis et les réseaux sociaux de sept communautés linguistiques : mandarin, hindi, arabe, allemand, portugais, français et espagnol. Envoyez /liaison pour trouver celui de votre langue.
faq-csl-keywords = agent de liaison, agents de liaison, agente de liaison, liaison, csl, recrut, embauch, salarié, salarie, coordinat, facilitat, animateur, animatrice, mandarin, chinois, hindi, arabe, allemand, portugais, français, francais, espagnol, sept langues, quelles langues, pour ma langue, francophone

faq-osl-title = Qu'est-ce qu'un agent de liaison stratégique organisationnel ?
faq-osl-answer = Les agents de liaison stratégique organisationnels sont des bénévoles qui animent les conversations stratégiques au sein de groupes organisés, comme les affiliés et d'autres groupes du mouvement. Consultez la liste pour savoir si votre groupe en a déjà un : { $link }
faq-osl-keywords = organisationnel, organisationnelle, agent organisationnel, liaison stratégique organisationnel, agents organisationnels, osl, organisation, groupe organisé, groupe organise, groupes organisés, au sein de mon groupe, dans mon groupe, notre groupe, liste des agents, association, structure, collectif, déjà un agent, deja un agent

faq-volunteer-title = Comment devenir agent de liaison bénévole pour mon groupe ?
faq-volunteer-answer = Si votre groupe organisé n'a pas encore d'agent de liaison stratégique organisationnel, vous pouvez vous porter volontaire. Vérifiez d'abord dans la liste si votre groupe en a déjà un, puis inscrivez-vous ici : { $link }
faq-volunteer-keywords = bénévol, benevol, volontaire, me proposer, me porter, inscri, enregistr, devenir, représenter, representer, représentant, representant, postuler, candidater, coup de main, être agent, etre agent, prendre le rôle, engager, devenir agent, pour mon groupe, liaison bénévole

faq-join-title = Comment rejoindre les discussions en cours ?
faq-join-answer = Les conversations ont lieu au sein des groupes organisés et des communautés linguistiques, dans de nombreuses langues. Renseignez-vous sur les canaux privilégiés par votre groupe ou votre communauté linguistique ; les agents de liaison animent ces conversations sur les wikis et les réseaux sociaux. Envoyez /liaison pour trouver le vôtre.
faq-join-keywords = rejoindre, participer, particip, prendre part, discussions existantes, discussion en cours, en cours, où ça se passe, canal, canaux, groupe de discussion, telegram, réseaux sociaux, reseaux sociaux, sur le wiki, page de discussion, bistro, impliqu, intégrer

faq-start-title = Comment lancer une discussion moi-même ?
faq-start-answer = Si vous ne voyez aucune discussion sur votre sujet ou sur le canal où vous êtes le plus actif, lancez-en une vous-même : servez-vous de la Boîte à outils des conversations communautaires comme guide, traduisez les documents de cadrage dans votre langue et transmettez les résultats au spécialiste des relations communautaires ou à un agent de liaison stratégique communautaire. Envoyez /discuss pour obtenir les liens.
faq-start-keywords = lancer, démarrer, demarrer, commencer, initier, créer une discussion, creer une discussion, ouvrir une discussion, ma propre, moi-même, moi meme, par moi-même, nouvelle discussion, organiser une discussion, animer une discussion, mener une conversation, tout seul, toute seule, de mon côté

faq-toolkit-title = Qu'est-ce que la Boîte à outils des conversations communautaires ?
faq-toolkit-answer = La Boîte à outils des conversations communautaires (Community Conversations Toolkit) est un guide pour celles et ceux qui veulent lancer des conversations stratégiques dans leur propre communauté : comment préparer une discussion, l'animer et en rendre compte. Vous la trouverez ici : { $link }
faq-toolkit-keywords = boîte à outils, boite a outils, boite à outils, toolkit, outil, kit, guide, manuel, ressources, matériel, materiel, modèle, modele, fiche, marche à suivre, comment animer, comment préparer, rendre compte

faq-translate-title = Comment traduire les documents de cadrage ?
faq-translate-answer = Les documents de cadrage décrivent les thèmes des conversations stratégiques. Les traduire dans votre langue aide votre communauté à participer. Les documents et la marche à suivre pour les traduire : { $link }
faq-translate-keywords = tradu, documents de cadrage, document de cadrage, cadrage, scoping, document, documents, dans ma langue, en français, en francais, localis, version française, version francaise, langue locale, texte à traduire

faq-starters-title = Que sont les Amorces de conversation ?
faq-starters-answer = « Amorces de conversation : les moteurs du changement » (Conversation Starters: Drivers) est un guide de discussion, sous forme de présentation, qui propose de nouvelles façons d'aider les communautés à réfléchir à la stratégie. Certaines diapositives sont expliquées sur une page à part. Le guide : { $link }
faq-starters-keywords = amorce, amorces de conversation, conversation starters, starters, starter, moteurs du changement, facteurs de changement, drivers, présentation, presentation, diapositive, diapo, slides, guide de discussion, brise-glace, pistes de discussion, sujets de discussion

faq-survey-title = Comment donner mon avis dans l'enquête ?
faq-survey-answer = L'enquête vous permet de faire part de votre avis directement à l'équipe stratégique. Envoyez /survey pour y répondre ici même, dans la conversation, ou ouvrez-la sur le web : { $link }
faq-survey-keywords = sondage, enquête, enquete, questionnaire, formulaire, avis, retour, feedback, opinion, donner mon avis, mon point de vue, ce que je pense, répondre, repondre, commentaire, suggestion

faq-phase-title = Quand commence la prochaine phase ?
faq-phase-answer = La prochaine phase des conversations communautaires commencera en janvier.
faq-phase-keywords = prochaine phase, phase, étape, etape, prochaine étape, quand, janvier, date, calendrier, planning, échéance, echeance, échéancier, suite, continuer, reprise, à venir, prochain tour, bientôt

faq-reports-title = Où lire les rapports d'événements et les rapports mensuels ?
faq-reports-answer = Les rapports des événements communautaires de juin à septembre 2019, ainsi que les rapports mensuels, sont rassemblés sur la page Participer (Participate) : { $link }
faq-reports-keywords = rapport, compte rendu, comptes rendus, compte-rendu, mensuel, mensuelle, rapport mensuel, bilan, résumé, resume, synthèse, synthese, événements passés, juin, septembre, 2019, lire les rapports, procès-verbal, proces-verbal

faq-support-title = Qui peut m'aider ou recevoir les résultats de notre discussion ?
faq-support-answer = Le spécialiste des relations communautaires et les agents de liaison stratégique communautaires accompagnent les personnes qui organisent des discussions et en recueillent les résultats. Transmettez-leur vos résultats ou demandez-leur de l'aide. Envoyez /liaison pour trouver votre contact.
faq-support-keywords = aide, soutien, accompagn, contacter, joindre, écrire à, email, e-mail, courriel, à qui, a qui, spécialiste, specialiste, relations communautaires, partager les résultats, envoyer les résultats, résultats, resultats, interlocuteur, référent, referent

faq-faqpage-title = Où trouver la FAQ complète sur les conversations communautaires ?
faq-faqpage-answer = La page FAQ comporte une section consacrée aux conversations communautaires, avec les réponses aux questions fréquentes : { $link }
faq-faqpage-keywords = faq, foire aux questions, questions fréquentes, questions frequentes, page des questions, faq complète, faq complete, plus de questions, autres questions, toutes les questions, réponses, reponses, questions-réponses, documentation, informations, en savoir plus
