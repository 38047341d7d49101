# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = Só Contatos Estratégicos e administradores podem ver o relatório mensal.
report-bad-month = “{ $month }” não é um mês. Escreva assim: 2026-11.
report-table = Relatório mensal { $month } · { $languages }
    Pessoas novas: { $new }
    Pessoas ativas: { $active }
    Perguntas do FAQ respondidas: { $answered }; sem resposta: { $unanswered }; “você quis dizer”: { $suggested }
    Respostas à pesquisa: { $survey }
    Resultados de discussões compartilhados: { $discussions }
    Perguntas a uma pessoa: { $opened } feitas, { $replied } respondidas; tempo mediano até a primeira resposta: { $median }
    Anúncios: { $announcements }; mensagens entregues: { $sent } enviadas, { $skipped } puladas, { $failed } com falha
report-duration = { $hours }h{ $minutes }min
report-no-answer = nenhuma respondida
report-chart-title = { $month } · { $languages }
report-series-active_day = Pessoas ativas por dia
report-series-faq_answered = FAQ respondidas
report-series-faq_unanswered = FAQ sem resposta
report-series-tickets_opened = Perguntas a uma pessoa
report-series-survey_responses = Respostas à pesquisa
