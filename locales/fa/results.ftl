# Survey results for liaisons and admins (/results).

results-caption = نتایج نظرسنجی برای { $languages }: { $count ->
        [one] { $count } پاسخ
       *[other] { $count } پاسخ
    }.
results-none = هنوز هیچ پاسخی به نظرسنجی برای { $languages } ثبت نشده است.
results-not-allowed = فقط رابط‌ها و مدیران می‌توانند نتایج نظرسنجی را ببینند.
results-all-languages = همه زبان‌ها
