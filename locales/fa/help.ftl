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
cmd-unanswered = پرسش‌هایی که پرسش‌های متداول پاسخشان را نداشت (ویژه رابط‌ها و مدیران)
cmd-ask = پرسیدن از یک نفر: یک رابط همین‌جا به شما پاسخ می‌دهد
cmd-reply = پاسخ به یک تیکت (ویژه رابط‌ها و مدیران)
cmd-tickets = پرسش‌های باز از یک نفر (ویژه رابط‌ها و مدیران)
cmd-share = فرستادن نتایج گفتگویتان
cmd-discussions = نتایج فرستاده‌شده گفتگوها (ویژه رابط‌ها و مدیران)
cmd-report = گزارش ماهانه (ویژه رابط‌ها و مدیران)
cmd-events = رویدادهای پیش رو
cmd-subscribe = دریافت اطلاعیه‌ها به زبان شما
cmd-unsubscribe = توقف دریافت اطلاعیه‌ها
cmd-announce = فرستادن اطلاعیه (ویژه رابط‌ها و مدیران)
cmd-liaison = پیدا کردن رابط زبان شما
cmd-salon = چطور یک محفل راهبردی برگزار کنید
cmd-discuss = چطور خودتان گفتگویی راه بیندازید
cmd-privacy = چه چیزهایی از شما نگه می‌دارم
cmd-forget = پاک کردن همه اطلاعاتی که از شما نگه می‌دارم
cmd-cancel = توقف کاری که در جریان است
cmd-menu = نمایش منو
cmd-setup = زبان سرور و کانال اطلاعیه‌ها (ویژه مدیران)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = راهنما
cmdname-menu = منو
cmdname-faq = پرسش
cmdname-survey = نظرسنجی
cmdname-volunteer = داوطلب
cmdname-liaison = رابط
cmdname-salon = محفل
cmdname-discuss = گفتگو
cmdname-language = زبان
cmdname-privacy = حریم-خصوصی
cmdname-forget = حذف-اطلاعات
cmdname-results = نتایج
cmdname-unanswered = بدون-پاسخ
cmdname-cancel = لغو
cmdname-setup = تنظیمات
cmdname-ask = بپرس
cmdname-reply = پاسخ
cmdname-tickets = تیکت
cmdname-share = ارسال-نتایج
cmdname-discussions = گفتگوها
cmdname-report = گزارش
cmdname-events = رویدادها
cmdname-subscribe = اشتراک
cmdname-unsubscribe = لغو-اشتراک
cmdname-announce = اطلاعیه
# Descriptions of command options.
param-question = پرسش شما، با کلمات خودتان
param-code = کد یک زبان، مثلاً de، ar یا pt-BR
param-server-language = زبانی که ربات در این سرور به کار می‌برد
param-channel = جایی که ربات اطلاعیه‌ها را منتشر می‌کند
param-ticket = شماره تیکت
param-answer = پاسخ شما
param-month = یک ماه، مثلاً 2026-11
