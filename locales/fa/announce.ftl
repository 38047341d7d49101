# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = فقط رابط‌ها و مدیران می‌توانند اطلاعیه بفرستند.
announce-ask-language = اطلاعیه برای مشترکان کدام زبان فرستاده شود؟
announce-all = همه زبان‌های من
announce-ask-text = متن اطلاعیه را بنویسید، حداکثر { $limit } نویسه.
announce-ask-link = پیوندی اضافه شود؟ آن را بفرستید (باید با https:// شروع شود) یا «رد کردن» را بزنید.
announce-bad-link = این پیوندی نیست که با https:// شروع شود. یک پیوند بفرستید یا «رد کردن» را بزنید.
announce-preview = پیش‌نمایش:

    { $text }

    این اطلاعیه به { $people ->
        [one] { $people } نفر
       *[other] { $people } نفر
    } و { $channels ->
        [one] { $channels } کانال یا گروه
       *[other] { $channels } کانال یا گروه
    } می‌رسد (تلگرام { $telegram }، دیسکورد { $discord }). همین حالا بفرستم؟
announce-send = همین حالا بفرست
announce-cancel = لغو
announce-queued = اطلاعیه شما در راه است و به { $count ->
        [one] { $count } گیرنده
       *[other] { $count } گیرنده
    } می‌رسد.
announce-cancelled = اطلاعیه فرستاده نشد.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = اطلاعیه از طرف تیم راهبرد جنبش:

    { $text }
    { $link }
