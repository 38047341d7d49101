# Survey results for liaisons and admins (/results).

results-caption = Resultados da pesquisa para { $languages }: { $count ->
        [one] { $count } resposta
       *[other] { $count } respostas
    }.
results-none = Ainda não há respostas à pesquisa para { $languages }.
results-not-allowed = Só Contatos Estratégicos e administradores podem ver os resultados da pesquisa.
results-all-languages = todos os idiomas
