# Survey results for liaisons and admins (/results).

results-caption = Résultats de l'enquête pour { $languages } : { $count ->
        [one] { $count } réponse
        [many] { $count } de réponses
       *[other] { $count } réponses
    }.
results-none = Il n'y a pas encore de réponses à l'enquête pour { $languages }.
results-not-allowed = Seuls les agents de liaison et les administrateurs peuvent consulter les résultats de l'enquête.
results-all-languages = toutes les langues
