# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = يقتصر الاطلاع على التقرير الشهري على المنسقين والمشرفين.
report-bad-month = القيمة «{ $month }» ليست شهرًا. اكتبه بهذا الشكل: 2026-11.
report-table = التقرير الشهري { $month } · { $languages }
    أشخاص جدد: { $new }
    أشخاص نشطون: { $active }
    أسئلة أجابت عنها الأسئلة الشائعة: { $answered }؛ دون إجابة: { $unanswered }؛ «هل تقصد...؟»: { $suggested }
    إجابات الاستبيان: { $survey }
    نتائج النقاشات المُشارَكة: { $discussions }
    الأسئلة الموجّهة إلى شخص: طُرح { $opened } وأُجيب عن { $replied }؛ الوقت الوسيط حتى أول إجابة — { $median }
    الإعلانات: { $announcements }؛ الرسائل الموزّعة: أُرسلت { $sent }، وتُخطّيت { $skipped }، وتعذّر إرسال { $failed }
# The line must start with an Arabic letter (right-to-left check), hence the labels.
report-duration = ساعات: { $hours }، دقائق: { $minutes }
report-no-answer = لم يُجب عن أي سؤال
report-chart-title = التقرير الشهري { $month } · { $languages }
report-series-active_day = الأشخاص النشطون يوميًا
report-series-faq_answered = أجابت عنها الأسئلة الشائعة
report-series-faq_unanswered = لم تُجب عنها الأسئلة الشائعة
report-series-tickets_opened = أسئلة موجّهة إلى شخص
report-series-survey_responses = إجابات الاستبيان
