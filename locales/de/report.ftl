# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = Nur Ansprechpersonen und Admins können den Monatsbericht sehen.
report-bad-month = „{ $month }“ ist kein Monat. Schreib ihn so: 2026-11.
report-table = Monatsbericht { $month } · { $languages }
    Neue Personen: { $new }
    Aktive Personen: { $active }
    FAQ-Fragen beantwortet: { $answered }; unbeantwortet: { $unanswered }; „Meintest du …?“: { $suggested }
    Antworten auf die Umfrage: { $survey }
    Geteilte Diskussionsergebnisse: { $discussions }
    Fragen an eine Person: { $opened } gestellt, { $replied } beantwortet; Median der Wartezeit bis zur ersten Antwort: { $median }
    Ankündigungen: { $announcements }; zugestellte Nachrichten: { $sent } gesendet, { $skipped } übersprungen, { $failed } fehlgeschlagen
report-duration = { $hours } Std. { $minutes } Min.
report-no-answer = keine beantwortet
report-chart-title = { $month } · { $languages }
report-series-active_day = Aktive Personen pro Tag
report-series-faq_answered = FAQ beantwortet
report-series-faq_unanswered = FAQ unbeantwortet
report-series-tickets_opened = Fragen an eine Person
report-series-survey_responses = Antworten auf die Umfrage
