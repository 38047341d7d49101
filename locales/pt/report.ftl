# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = Só os Contactos Estratégicos e os administradores podem ver o relatório mensal.
report-bad-month = «{ $month }» não é um mês. Escreve-o assim: 2026-11.
report-table = Relatório mensal { $month } · { $languages }
    Pessoas novas: { $new }
    Pessoas ativas: { $active }
    Perguntas das FAQ respondidas: { $answered }; sem resposta: { $unanswered }; «querias dizer…?»: { $suggested }
    Respostas ao inquérito: { $survey }
    Resultados de discussões partilhados: { $discussions }
    Perguntas a uma pessoa: { $opened } feitas, { $replied } respondidas; tempo mediano até à primeira resposta: { $median }
    Anúncios: { $announcements }; mensagens entregues: { $sent } enviadas, { $skipped } ignoradas, { $failed } com falha
report-duration = { $hours } h e { $minutes } min
report-no-answer = nenhuma respondida
report-chart-title = { $month } · { $languages }
report-series-active_day = Pessoas ativas por dia
report-series-faq_answered = FAQ respondidas
report-series-faq_unanswered = FAQ sem resposta
report-series-tickets_opened = Perguntas a uma pessoa
report-series-survey_responses = Respostas ao inquérito
