# Survey results for liaisons and admins (/results).

results-caption = Resultater af spørgeskemaet for { $languages }: { $count ->
        [one] én besvarelse
       *[other] { $count } besvarelser
    }.
results-none = Der er endnu ingen besvarelser af spørgeskemaet for { $languages }.
results-not-allowed = Kun kontaktpersoner og administratorer kan se resultaterne af spørgeskemaet.
results-all-languages = alle sprog
