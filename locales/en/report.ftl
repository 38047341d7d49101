# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = Only liaisons and admins can see the monthly report.
report-bad-month = “{ $month }” is not a month. Write it like 2026-11.
report-table = Monthly report { $month } · { $languages }
    New people: { $new }
    Active people: { $active }
    FAQ questions answered: { $answered }; unanswered: { $unanswered }; “did you mean”: { $suggested }
    Survey responses: { $survey }
    Discussion results shared: { $discussions }
    Questions for a person: { $opened } asked, { $replied } answered; median time to a first answer: { $median }
    Announcements: { $announcements }; messages delivered: { $sent } sent, { $skipped } skipped, { $failed } failed
report-duration = { $hours } h { $minutes } min
report-no-answer = none answered
report-chart-title = { $month } · { $languages }
report-series-active_day = Active people per day
report-series-faq_answered = FAQ answered
report-series-faq_unanswered = FAQ unanswered
report-series-tickets_opened = Questions for a person
report-series-survey_responses = Survey responses
