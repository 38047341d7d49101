# Upcoming events (/events) and reminders before them.

events-none = Сейчас нет предстоящих мероприятий на языке { $language }. Отправьте /subscribe, чтобы узнавать о новых.
events-list = Предстоящие мероприятия:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = Напоминание: { $title } — начало { $when } ({ $zone }).
    { $link }
events-reminder-no-link = Напоминание: { $title } — начало { $when } ({ $zone }).
# The seed event from the campaign page.
event-next-phase-title = Начинается следующий этап обсуждений в сообществах
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = Как называется мероприятие? Напишите его название на языке участников.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = Добавлять мероприятия могут только координаторы и администраторы. Чтобы посмотреть предстоящие, отправьте /events.
events-ask-when = Когда оно начинается? Напишите местные дату и время в таком виде: 2026-12-01 18:00
events-bad-when = Не удалось распознать эту дату. Пожалуйста, напишите её в таком виде: 2026-12-01 18:00 (дата должна быть в будущем).
events-ask-zone = В каком это часовом поясе? Отправьте его название, например Europe/Berlin, America/Sao_Paulo или Asia/Kolkata, или нажмите «Пропустить», чтобы использовать UTC.
events-bad-zone = Я не знаю часовой пояс «{ $zone }». Отправьте название вида Europe/Berlin или нажмите «Пропустить», чтобы использовать UTC.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = Времени { $when } в часовом поясе { $zone } не существует: в этот момент часы переводят вперёд. Отправьте другие дату и время, например { $instead }.
events-time-twice = Время { $when } в часовом поясе { $zone } наступает дважды: в этот момент часы переводят назад. Отправьте его ещё раз со смещением относительно UTC: { $first } — для первого раза, { $second } — для второго.
events-added = Готово. Мероприятие внесено в список для языков: { $languages }; начало { $when } ({ $zone }). Подписчики получат напоминание за день до него.
