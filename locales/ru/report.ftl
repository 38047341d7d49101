# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = Ежемесячный отчёт доступен только координаторам и администраторам.
report-bad-month = «{ $month }» — это не месяц. Напишите его в формате 2026-11.
report-table = Ежемесячный отчёт { $month } · { $languages }
    Новые пользователи: { $new }
    Активные пользователи: { $active }
    Вопросы в FAQ: с ответом — { $answered }, без ответа — { $unanswered }, с выбором из похожих тем — { $suggested }
    Ответы на опрос: { $survey }
    Присланные итоги обсуждений: { $discussions }
    Вопросы человеку: задано — { $opened }, получили ответ — { $replied }; медианное время до первого ответа: { $median }
    Объявления: { $announcements }; доставка сообщений: отправлено — { $sent }, пропущено — { $skipped }, не доставлено — { $failed }
report-duration = { $hours } ч { $minutes } мин
report-no-answer = ответов не было
report-chart-title = { $month } · { $languages }
report-series-active_day = Активные пользователи за день
report-series-faq_answered = FAQ: с ответом
report-series-faq_unanswered = FAQ: без ответа
report-series-tickets_opened = Вопросы человеку
report-series-survey_responses = Ответы на опрос
