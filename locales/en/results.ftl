# Survey results for liaisons and admins (/results).

results-caption = Survey results for { $languages }: { $count ->
        [one] one response
       *[other] { $count } responses
    }.
results-none = There are no survey answers for { $languages } yet.
results-not-allowed = Only liaisons and admins can see the survey results.
results-all-languages = all languages
