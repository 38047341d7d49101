# Survey results for liaisons and admins (/results).

results-caption = Anket sonuçları ({ $languages }): { $count ->
        [one] bir yanıt
       *[other] { $count } yanıt
    }.
results-none = Henüz { $languages } için anket yanıtı yok.
results-not-allowed = Anket sonuçlarını yalnızca irtibat sorumluları ve yöneticiler görebilir.
results-all-languages = tüm diller
