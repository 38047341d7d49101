# Survey results for liaisons and admins (/results).

results-caption = Enketaj rezultoj por { $languages }: { $count ->
        [one] unu respondo
       *[other] { $count } respondoj
    }.
results-none = Ankoraŭ ne estas enketaj respondoj por { $languages }.
results-not-allowed = Nur perantoj kaj administrantoj povas vidi la enketajn rezultojn.
results-all-languages = ĉiuj lingvoj
