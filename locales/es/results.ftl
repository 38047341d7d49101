# Survey results for liaisons and admins (/results).

results-caption = Resultados de la encuesta para { $languages }: { $count ->
        [one] una respuesta
       *[other] { $count } respuestas
    }.
results-none = Todavía no hay respuestas a la encuesta para { $languages }.
results-not-allowed = Solo los enlaces y los administradores pueden ver los resultados de la encuesta.
results-all-languages = todos los idiomas
