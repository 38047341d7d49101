# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = Kun kontaktpersoner og administratorer kan se månedsrapporten.
report-bad-month = »{ $month }« er ikke en måned. Skriv den sådan her: 2026-11.
report-table = Månedsrapport { $month } · { $languages }
    Nye personer: { $new }
    Aktive personer: { $active }
    FAQ-spørgsmål besvaret: { $answered }; ubesvaret: { $unanswered }; med forslag til emner: { $suggested }
    Besvarelser af spørgeskemaet: { $survey }
    Delte diskussionsresultater: { $discussions }
    Spørgsmål til et menneske: { $opened } stillet, { $replied } besvaret; mediantid til første svar: { $median }
    Meddelelser: { $announcements }; leverede beskeder: { $sent } sendt, { $skipped } sprunget over, { $failed } mislykkedes
report-duration = { $hours } t. { $minutes } min.
report-no-answer = ingen besvaret
report-chart-title = { $month } · { $languages }
report-series-active_day = Aktive personer pr. dag
report-series-faq_answered = FAQ besvaret
report-series-faq_unanswered = FAQ ubesvaret
report-series-tickets_opened = Spørgsmål til et menneske
report-series-survey_responses = Besvarelser af spørgeskemaet
