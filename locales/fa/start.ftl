# The greeting and the main menu (/start).

start-greeting = سلام! من ربات «مشارکت» (Participate) راهبرد جنبش ویکی‌مدیا هستم. به پرسش‌ها درباره گفتگوهای راهبرد پاسخ می‌دهم، رابط زبان شما را معرفی می‌کنم و توضیح می‌دهم چطور یک محفل راهبردی برگزار کنید یا خودتان گفتگویی راه بیندازید. از گزینه‌های زیر انتخاب کنید یا پرسشتان را بنویسید.
menu-faq = پرسش و پاسخ
menu-liaison = رابط من
menu-salon = برگزاری محفل راهبردی
menu-discuss = راه‌اندازی گفتگو
menu-survey = شرکت در نظرسنجی
menu-volunteer = داوطلب شدن
menu-events = رویدادها
menu-subscribe = اطلاعیه‌ها
menu-language = زبان
menu-privacy = حریم خصوصی
menu-help = راهنما
