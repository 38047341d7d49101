# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 Partager vos résultats
share-intro = Merci d'avoir organisé une discussion ! Je vais vous poser quelques questions à son sujet, une à la fois ; vous verrez l'ensemble avant de l'envoyer. Les agents de liaison de la langue de la discussion en recevront un résumé.
share-group = Qui a organisé la discussion ? Indiquez le nom de votre groupe ou de votre communauté.
share-language = Dans quelle langue la discussion s'est-elle déroulée ?
share-date = Quel jour a-t-elle eu lieu ? Écrivez la date ainsi : 2026-11-28.
share-participants = Combien de personnes y ont participé ?
share-themes = Quels domaines thématiques a-t-elle abordés ? Choisissez-en autant qu'il le faut, puis appuyez sur « Terminé ».
share-themes-advocacy = Plaidoyer
share-themes-capacity = Renforcement des capacités
share-themes-health = Santé communautaire
share-themes-diversity = Diversité
share-themes-partnerships = Partenariats
share-themes-product = Produit et technologie
share-themes-resources = Répartition des ressources
share-themes-revenue = Sources de revenus
share-themes-roles = Rôles et responsabilités
share-conclusions = Quelles ont été les principales conclusions ? (3 000 caractères au maximum)
share-link = S'il existe des notes sur un wiki, envoyez-en le lien (commençant par https://). Sinon, appuyez sur « Passer ».
share-preview = Vérifiez avant d'envoyer :
    Groupe : { $group }
    Langue : { $language }
    Date : { $date }
    Participants : { $participants }
    Thèmes : { $themes }
    Conclusions : { $conclusions }
    Notes : { $link }
share-submit = Envoyer
share-thanks = Merci ! Vos résultats sont enregistrés comme discussion #{ $number }, et les agents de liaison de sa langue en ont reçu un résumé.
share-notify = 📝 Résultats de discussion #{ $number } · { $language }
    { $group }, { $date }, { $participants ->
        [one] { $participants } personne
        [many] { $participants } de personnes
       *[other] { $participants } personnes
    }
    { $summary }

discussions-not-allowed = Seuls les agents de liaison et les administrateurs peuvent consulter les résultats de discussion partagés.
discussions-none = Aucun résultat de discussion n'a encore été partagé pour { $languages }.
discussions-list = Résultats de discussion partagés pour { $languages } (les { $count } plus récents) :

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] { $participants } personne
        [many] { $participants } de personnes
       *[other] { $participants } personnes
    }
    { $themes }
    { $summary }
    { $link }
