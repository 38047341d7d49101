# Upcoming events (/events) and reminders before them.

events-none = در حال حاضر رویداد پیش رویی به زبان { $language } نداریم. برای باخبر شدن از رویدادهای تازه، /subscribe را بفرستید.
events-list = رویدادهای پیش رو:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = رویداد: { $title } — { $when } (به وقت { $zone })
    پیوند: { $link }
events-reminder = یادآوری: «{ $title }» در { $when } (به وقت { $zone }) شروع می‌شود.
    پیوند: { $link }
# The seed event from the campaign page.
event-next-phase-title = آغاز مرحله بعدی گفتگوهای جامعه
