# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = A havi jelentést csak a kapcsolattartók és az adminisztrátorok láthatják.
report-bad-month = „{ $month }” nem egy hónap. Így írd: 2026-11.
report-table = Havi jelentés { $month } · { $languages }
    Új felhasználók: { $new }
    Aktív felhasználók: { $active }
    GYIK-kérdések: { $answered } megválaszolva, { $unanswered } megválaszolatlan, { $suggested } témajavaslattal
    Kérdőív-kitöltések: { $survey }
    Megosztott beszélgetési eredmények: { $discussions }
    Embernek szóló kérdések: { $opened } feltéve, { $replied } megválaszolva; az első válaszig eltelt idő mediánja: { $median }
    Bejelentések: { $announcements }; üzenetkézbesítés: { $sent } elküldve, { $skipped } kihagyva, { $failed } sikertelen
report-duration = { $hours } óra { $minutes } perc
report-no-answer = egyre sem érkezett válasz
report-chart-title = { $month } · { $languages }
report-series-active_day = Aktív felhasználók naponta
report-series-faq_answered = GYIK: megválaszolva
report-series-faq_unanswered = GYIK: megválaszolatlan
report-series-tickets_opened = Embernek szóló kérdések
report-series-survey_responses = Kérdőív-kitöltések
