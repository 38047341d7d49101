# Survey results for liaisons and admins (/results).

results-caption = Результаты опроса ({ $languages }): { $count ->
        [one] { $count } ответ
        [few] { $count } ответа
        [many] { $count } ответов
       *[other] { $count } ответа
    }.
results-none = Ответов на опрос пока нет ({ $languages }).
results-not-allowed = Результаты опроса доступны только координаторам и администраторам.
results-all-languages = все языки
