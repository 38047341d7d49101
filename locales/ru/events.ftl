# Upcoming events (/events) and reminders before them.

events-none = Сейчас нет предстоящих мероприятий на языке { $language }. Отправьте /subscribe, чтобы узнавать о новых.
events-list = Предстоящие мероприятия:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = Напоминание: { $title } — начало { $when } ({ $zone }).
    { $link }
# The seed event from the campaign page.
event-next-phase-title = Начинается следующий этап обсуждений в сообществах
