# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-themes-advocacy = حمایت‌گری
share-themes-capacity = ظرفیت‌سازی
share-themes-health = سلامت جامعه
share-themes-diversity = تنوع
share-themes-partnerships = شراکت‌ها
share-themes-product = محصول و فناوری
share-themes-resources = تخصیص منابع
share-themes-revenue = منابع درآمد
share-themes-roles = نقش‌ها و مسئولیت‌ها

share-button = 📝 فرستادن نتایج
share-intro = سپاسگزارم که گفتگویی برگزار کردید! چند پرسش درباره آن می‌پرسم، یکی‌یکی؛ پیش از ارسال همه‌چیز را می‌بینید. رابط‌های زبان آن گفتگو خلاصه‌ای از آن دریافت می‌کنند.
share-group = چه کسی گفتگو را برگزار کرد؟ نام گروه یا جامعه‌تان را بنویسید.
share-language = گفتگو به چه زبانی برگزار شد؟
share-date = در چه روزی برگزار شد؟ تاریخ را به این شکل بنویسید: 2026-11-28.
share-participants = چند نفر در آن شرکت کردند؟
share-themes = به کدام حوزه‌های موضوعی پرداخت؟ هر تعداد که مناسب است انتخاب کنید، بعد «تمام» را بزنید.
share-conclusions = نتیجه‌گیری‌های اصلی چه بود؟ (حداکثر 3000 نویسه)
share-link = اگر یادداشت‌هایی در ویکی هست، پیوندش را بفرستید (باید با https:// شروع شود). در غیر این صورت «رد کردن» را بزنید.
share-preview = لطفاً پیش از ارسال بررسی کنید:
    گروه: { $group }
    زبان: { $language }
    تاریخ: { $date }
    شمار شرکت‌کنندگان: { $participants }
    موضوع‌ها: { $themes }
    نتیجه‌گیری‌ها: { $conclusions }
    یادداشت‌ها: { $link }
share-submit = ارسال
share-thanks = سپاسگزارم! نتایج شما با عنوان گفتگوی #{ $number } ذخیره شد و رابط‌های زبان آن گفتگو خلاصه‌ای از آن را دریافت کرده‌اند.
share-notify = 📝 نتایج گفتگوی #{ $number } · { $language }
    گروه: { $group }، تاریخ: { $date }، شرکت‌کنندگان: { $participants } نفر
    { $summary }

discussions-not-allowed = فقط رابط‌ها و مدیران می‌توانند نتایج فرستاده‌شده گفتگوها را ببینند.
discussions-none = هنوز هیچ نتیجه‌ای از گفتگوها برای { $languages } فرستاده نشده است.
discussions-list = نتایج فرستاده‌شده گفتگوها برای { $languages } ({ $count } مورد آخر):

    { $discussions }
discussions-line = گفتگوی #{ $number } · { $group } · { $language } · { $date } · { $participants } نفر
    { $themes }
    { $summary }
    { $link }
