# Survey results for liaisons and admins (/results).

results-caption = ئەنكېت نەتىجىسى ({ $languages }): { $count ->
        [one] بىر جاۋاب
       *[other] { $count } جاۋاب
    }.
results-none = ھازىرچە ئەنكېتكە جاۋاب يوق ({ $languages }).
results-not-allowed = ئەنكېت نەتىجىسىنى پەقەت ئالاقىچىلار ۋە باشقۇرغۇچىلارلا كۆرەلەيدۇ.
results-all-languages = بارلىق تىللار
