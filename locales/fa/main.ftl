# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = متأسفم، مشکلی از طرف من پیش آمد. لطفاً دوباره امتحان کنید یا /help را بفرستید.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = متأسفم، الان نمی‌توانم چیزی ذخیره کنم. هیچ‌کدام از چیزهایی که قبلاً به من گفته‌اید از بین نرفته است؛ لطفاً چند دقیقه دیگر دوباره امتحان کنید.
error-too-long = این پیام برای من خیلی طولانی است. لطفاً حداکثر { $limit } نویسه بفرستید.
error-flood = پیام‌ها را خیلی سریع می‌فرستید. { $seconds ->
        [one] لطفاً { $seconds } ثانیه صبر کنید و دوباره امتحان کنید.
       *[other] لطفاً { $seconds } ثانیه صبر کنید و دوباره امتحان کنید.
    }
error-button-expired = این دکمه منقضی شده است. برای گرفتن منوی تازه /start را بفرستید.
error-unsupported = من فقط پیام‌های متنی و دکمه‌ها را می‌توانم بخوانم. برای دیدن کارهایی که از من برمی‌آید /help را بفرستید.
error-private-only = برای حفظ حریم خصوصی شما، فرمان { $command } فقط در گفتگوی خصوصی با من کار می‌کند. لطفاً یک گفتگوی خصوصی با من باز کنید و آن را آنجا بفرستید.
fallback = ببخشید، متوجه نشدم. برای دیدن کارهایی که از من برمی‌آید /help را بفرستید.
unknown-command = فرمان { $command } را نمی‌شناسم. برای دیدن کارهایی که از من برمی‌آید /help را بفرستید.
cancel-done = متوقف شد. الان هیچ کاری در جریان نیست.
cancel-nothing = چیزی برای لغو کردن وجود ندارد.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = باز کردن گفتگوی خصوصی
