# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = فقط رابط‌ها و مدیران می‌توانند گزارش ماهانه را ببینند.
report-bad-month = عبارت «{ $month }» یک ماه نیست. آن را به این شکل بنویسید: 2026-11.
report-table = گزارش ماهانه { $month } · { $languages }
    افراد تازه: { $new }
    افراد فعال: { $active }
    پرسش‌های متداول — پاسخ داده شد: { $answered }؛ بی‌پاسخ: { $unanswered }؛ «منظورتان کدام است؟»: { $suggested }
    پاسخ‌های نظرسنجی: { $survey }
    نتایج فرستاده‌شده گفتگوها: { $discussions }
    پرسش از یک نفر: { $opened } پرسش، { $replied } پاسخ‌داده‌شده؛ میانه زمان تا نخستین پاسخ — { $median }
    اطلاعیه‌ها: { $announcements }؛ پیام‌های تحویلی: { $sent } فرستاده‌شده، { $skipped } ردشده، { $failed } ناموفق
# The line must start with a Persian letter (right-to-left check), hence the labels.
report-duration = ساعت: { $hours }، دقیقه: { $minutes }
report-no-answer = هیچ پاسخی داده نشد
report-chart-title = گزارش ماهانه { $month } · { $languages }
report-series-active_day = افراد فعال در هر روز
report-series-faq_answered = پرسش‌های متداول: پاسخ‌داده
report-series-faq_unanswered = پرسش‌های متداول: بی‌پاسخ
report-series-tickets_opened = پرسش از یک نفر
report-series-survey_responses = پاسخ‌های نظرسنجی
