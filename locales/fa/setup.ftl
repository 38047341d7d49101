# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = انجام شد. در این سرور فارسی صحبت می‌کنم و اطلاعیه‌ها در { $channel } منتشر می‌شوند.
setup-not-allowed = فقط اعضایی که اجازه مدیریت این سرور را دارند می‌توانند آن را تنظیم کنند.
setup-server-only = این فرمان یک سرور را تنظیم می‌کند، پس فقط داخل سرور کار می‌کند.
setup-bad-language = کد زبان «{ $code }» را نمی‌شناسم. یکی از این کدها را به کار ببرید: { $codes }
