# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = Doar coordonatorii și administratorii pot vedea raportul lunar.
report-bad-month = „{ $month }” nu este o lună. Scrie-o așa: 2026-11.
report-table = Raport lunar { $month } · { $languages }
    Persoane noi: { $new }
    Persoane active: { $active }
    Întrebări FAQ cu răspuns: { $answered }; fără răspuns: { $unanswered }; cu sugestii de subiecte: { $suggested }
    Răspunsuri la sondaj: { $survey }
    Rezultate ale discuțiilor trimise: { $discussions }
    Întrebări pentru un om — puse: { $opened }, cu răspuns: { $replied }; timpul median până la primul răspuns: { $median }
    Anunțuri: { $announcements }; livrarea mesajelor — trimise: { $sent }, omise: { $skipped }, eșuate: { $failed }
report-duration = { $hours } h și { $minutes } min
report-no-answer = niciun răspuns
report-chart-title = { $month } · { $languages }
report-series-active_day = Persoane active pe zi
report-series-faq_answered = FAQ cu răspuns
report-series-faq_unanswered = FAQ fără răspuns
report-series-tickets_opened = Întrebări pentru un om
report-series-survey_responses = Răspunsuri la sondaj
