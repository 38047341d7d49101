# Survey results for liaisons and admins (/results).

results-caption = Wyniki ankiety ({ $languages }): { $count ->
        [one] jedna odpowiedź
        [few] { $count } odpowiedzi
        [many] { $count } odpowiedzi
       *[other] { $count } odpowiedzi
    }.
results-none = Nie ma jeszcze odpowiedzi na ankietę ({ $languages }).
results-not-allowed = Wyniki ankiety mogą zobaczyć tylko łącznicy i administratorzy.
results-all-languages = wszystkie języki
