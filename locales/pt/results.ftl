# Survey results for liaisons and admins (/results).

results-caption = Resultados do inquérito para { $languages }: { $count ->
        [one] { $count } resposta
       *[other] { $count } respostas
    }.
results-none = Ainda não há respostas ao inquérito para { $languages }.
results-not-allowed = Só os Contactos Estratégicos e os administradores podem ver os resultados do inquérito.
results-all-languages = todas as línguas
