# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = Nur perantoj kaj administrantoj povas vidi la monatan raporton.
report-bad-month = „{ $month }“ ne estas monato. Skribu ĝin kiel 2026-11.
report-table = Monata raporto { $month } · { $languages }
    Novaj homoj: { $new }
    Aktivaj homoj: { $active }
    Demandoj kaj respondoj: { $answered } responditaj, { $unanswered } senrespondaj, { $suggested } kun propono („Ĉu vi celas…“)
    Enketaj respondoj: { $survey }
    Kunhavigitaj diskutrezultoj: { $discussions }
    Demandoj por homo: { $opened } faritaj, { $replied } responditaj; mediana tempo ĝis la unua respondo: { $median }
    Anoncoj: { $announcements }; liverado de mesaĝoj: { $sent } senditaj, { $skipped } preterlasitaj, { $failed } malsukcesaj
report-duration = { $hours } h kaj { $minutes } min
report-no-answer = neniu respondita
report-chart-title = { $month } · { $languages }
report-series-active_day = Aktivaj homoj po tago
report-series-faq_answered = Demandoj kun respondo
report-series-faq_unanswered = Demandoj sen respondo
report-series-tickets_opened = Demandoj por homo
report-series-survey_responses = Enketaj respondoj
