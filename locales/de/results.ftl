# Survey results for liaisons and admins (/results).

results-caption = Umfrageergebnisse für { $languages }: { $count ->
        [one] eine Antwort
       *[other] { $count } Antworten
    }.
results-none = Für { $languages } gibt es noch keine Antworten auf die Umfrage.
results-not-allowed = Nur Ansprechpersonen und Admins können die Umfrageergebnisse sehen.
results-all-languages = alle Sprachen
