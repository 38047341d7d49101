# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = Solo los enlaces y los administradores pueden ver el informe mensual.
report-bad-month = «{ $month }» no es un mes. Escríbelo así: 2026-11.
report-table = Informe mensual { $month } · { $languages }
    Personas nuevas: { $new }
    Personas activas: { $active }
    Preguntas de las FAQ respondidas: { $answered }; sin respuesta: { $unanswered }; «¿quisiste decir…?»: { $suggested }
    Respuestas a la encuesta: { $survey }
    Resultados de discusiones compartidos: { $discussions }
    Preguntas a una persona: { $opened } hechas, { $replied } respondidas; mediana del tiempo hasta la primera respuesta: { $median }
    Anuncios: { $announcements }; mensajes entregados: { $sent } enviados, { $skipped } omitidos, { $failed } fallidos
report-duration = { $hours } h y { $minutes } min
report-no-answer = ninguna respondida
report-chart-title = { $month } · { $languages }
report-series-active_day = Personas activas por día
report-series-faq_answered = FAQ respondidas
report-series-faq_unanswered = FAQ sin respuesta
report-series-tickets_opened = Preguntas a una persona
report-series-survey_responses = Respuestas a la encuesta
