# Upcoming events (/events) and reminders before them.

events-none = در حال حاضر رویداد پیش رویی به زبان { $language } نداریم. برای باخبر شدن از رویدادهای تازه، /subscribe را بفرستید.
events-list = رویدادهای پیش رو:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = رویداد: { $title } — { $when } (به وقت { $zone })
    پیوند: { $link }
events-item-no-link = رویداد: { $title } — { $when } (به وقت { $zone })
events-reminder = یادآوری: «{ $title }» در { $when } (به وقت { $zone }) شروع می‌شود.
    پیوند: { $link }
events-reminder-no-link = یادآوری: «{ $title }» در { $when } (به وقت { $zone }) شروع می‌شود.
# The seed event from the campaign page.
event-next-phase-title = آغاز مرحله بعدی گفتگوهای جامعه
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = نام رویداد چیست؟ عنوان آن را به زبان شرکت‌کنندگانش بنویسید.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = فقط رابط‌ها و مدیران می‌توانند رویداد اضافه کنند. برای دیدن رویدادهای پیش رو، /events را بفرستید.
events-ask-when = کی شروع می‌شود؟ تاریخ و ساعت محلی را این‌طور بنویسید: 2026-12-01 18:00
events-bad-when = نتوانستم این تاریخ را بخوانم. لطفاً آن را این‌طور بنویسید: 2026-12-01 18:00 (تاریخی در آینده).
events-ask-zone = این ساعت به وقت کدام منطقه زمانی است؟ نام آن را بفرستید، مثلاً Europe/Berlin، America/Sao_Paulo یا Asia/Kolkata، یا برای UTC «رد کردن» را بزنید.
events-bad-zone = منطقه زمانی «{ $zone }» را نمی‌شناسم. نامی مثل Europe/Berlin بفرستید یا برای UTC «رد کردن» را بزنید.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = ساعت { $when } در منطقه زمانی { $zone } وجود ندارد، چون در آن هنگام ساعت‌ها را جلو می‌کشند. تاریخ و ساعت دیگری بفرستید، مثلاً { $instead }.
events-time-twice = ساعت { $when } در منطقه زمانی { $zone } دو بار پیش می‌آید، چون در آن هنگام ساعت‌ها را عقب می‌کشند. آن را دوباره همراه با اختلافش با UTC بفرستید: { $first } برای بار اول، { $second } برای بار دوم.
events-added = انجام شد. رویداد برای { $languages } در { $when } (به وقت { $zone }) در فهرست قرار گرفت و مشترکانش یک روز پیش از آن یادآوری دریافت می‌کنند.
