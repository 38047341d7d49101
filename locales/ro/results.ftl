# Survey results for liaisons and admins (/results).

results-caption = Rezultatele sondajului pentru { $languages }: { $count ->
        [one] un răspuns
        [few] { $count } răspunsuri
       *[other] { $count } de răspunsuri
    }.
results-none = Încă nu există răspunsuri la sondaj pentru { $languages }.
results-not-allowed = Doar coordonatorii și administratorii pot vedea rezultatele sondajului.
results-all-languages = toate limbile
