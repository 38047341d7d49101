# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = سپاسگزارم که داوطلب شده‌اید رابط راهبرد سازمانی گروهتان باشید! اول فهرست را ببینید تا بدانید گروه شما از قبل رابط دارد یا نه: { $list }
    در ادامه سه پرسش کوتاه می‌آید؛ هر وقت خواستید می‌توانید با /cancel متوقف کنید.
volunteer-group = نام گروه سازمان‌یافته شما (مثلاً وابسته یا گروه کاربری‌تان) چیست؟
volunteer-language = گروه شما بیشتر به چه زبانی گفتگو می‌کند؟
volunteer-contact = تیم راهبرد چطور می‌تواند با شما تماس بگیرد؟ مثلاً نام کاربری‌تان در متاویکی یا یک نشانی ایمیل.
volunteer-confirm = لطفاً اطلاعات ثبت‌نامتان را بررسی کنید:
    گروه: { $group }
    زبان: { $language }
    راه تماس: { $contact }
    بفرستم؟
volunteer-send = ارسال
volunteer-thanks = سپاسگزارم! ثبت‌نام شما به دست تیم راهبرد رسید و با شما تماس خواهند گرفت.
# Sent to the bot's admins, each in their own language.
volunteer-notify = ثبت‌نام تازه برای رابط راهبرد سازمانی:
    گروه: { $group }
    زبان: { $language }
    راه تماس: { $contact }
    ثبت‌نام از طریق: { $platform }
