# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = Raport miesięczny mogą przeglądać tylko łącznicy i administratorzy.
report-bad-month = „{ $month }” to nie jest miesiąc. Wpisz go w formacie 2026-11.
report-table = Raport miesięczny { $month } · { $languages }
    Nowe osoby: { $new }
    Aktywne osoby: { $active }
    Pytania do FAQ – z odpowiedzią: { $answered }; bez odpowiedzi: { $unanswered }; z propozycją podobnych tematów: { $suggested }
    Odpowiedzi w ankiecie: { $survey }
    Udostępnione wyniki dyskusji: { $discussions }
    Pytania do człowieka – zadane: { $opened }, z odpowiedzią: { $replied }; mediana czasu do pierwszej odpowiedzi: { $median }
    Ogłoszenia: { $announcements }; dostarczanie wiadomości – wysłane: { $sent }, pominięte: { $skipped }, nieudane: { $failed }
report-duration = { $hours } godz. { $minutes } min
report-no-answer = brak odpowiedzi
report-chart-title = { $month } · { $languages }
report-series-active_day = Aktywne osoby dziennie
report-series-faq_answered = FAQ z odpowiedzią
report-series-faq_unanswered = FAQ bez odpowiedzi
report-series-tickets_opened = Pytania do człowieka
report-series-survey_responses = Odpowiedzi w ankiecie
