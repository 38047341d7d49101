# Survey results for liaisons and admins (/results).

results-caption = A kérdőív eredményei ({ $languages }): { $count ->
        [one] egy kitöltés
       *[other] { $count } kitöltés
    }.
results-none = Még nincsenek válaszok a kérdőívre ({ $languages }).
results-not-allowed = A kérdőív eredményeit csak a kapcsolattartók és az adminisztrátorok láthatják.
results-all-languages = minden nyelv
