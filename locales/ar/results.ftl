# Survey results for liaisons and admins (/results).

results-caption = نتائج الاستبيان ({ $languages }): { $count ->
        [zero] لا توجد أي إجابة
        [one] إجابة واحدة
        [two] إجابتان
        [few] { $count } إجابات
        [many] { $count } إجابة
       *[other] { $count } إجابة
    }.
results-none = لا توجد إجابات على الاستبيان حتى الآن ({ $languages }).
results-not-allowed = يقتصر الاطلاع على نتائج الاستبيان على المنسقين والمشرفين.
results-all-languages = كل اللغات
