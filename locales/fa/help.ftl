# The command list (/help) and the short description of each command.

help-text = کارهایی که از من برمی‌آید:

    { $commands }

    در گفتگوی خصوصی می‌توانید پرسشتان را مستقیم هم بنویسید.
# One line of the command list: the command and what it does.
help-line = فرمان { $command } — { $description }
cmd-start = شروع و نمایش منو
cmd-help = کارهایی که از من برمی‌آید
cmd-language = انتخاب زبان
cmd-faq = پرسش و پاسخ
cmd-survey = شرکت در نظرسنجی
cmd-volunteer = داوطلب شدن به‌عنوان رابط گروهتان
cmd-results = نتایج نظرسنجی (ویژه رابط‌ها و مدیران)
cmd-liaison = پیدا کردن رابط زبان شما
cmd-salon = چطور یک محفل راهبردی برگزار کنید
cmd-discuss = چطور خودتان گفتگویی راه بیندازید
cmd-privacy = چه چیزهایی از شما نگه می‌دارم
cmd-forget = پاک کردن همه اطلاعاتی که از شما نگه می‌دارم
cmd-cancel = توقف کاری که در جریان است
