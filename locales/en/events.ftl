# Upcoming events (/events) and reminders before them.

events-none = There are no upcoming events in { $language } right now. Send /subscribe to hear about new ones.
events-list = Upcoming events:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = Reminder: { $title } starts on { $when } ({ $zone }).
    { $link }
events-reminder-no-link = Reminder: { $title } starts on { $when } ({ $zone }).
# The seed event from the campaign page.
event-next-phase-title = The next phase of community conversations begins
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = What is the event called? Write its title in the language of its participants.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = Only liaisons and admins can add events. Send /events to see the upcoming ones.
events-ask-when = When does it start? Write the local date and time like this: 2026-12-01 18:00
events-bad-when = I could not read that date. Please write it like this: 2026-12-01 18:00 (a date to come).
events-ask-zone = In which time zone is that? Send its name, for example Europe/Berlin, America/Sao_Paulo or Asia/Kolkata, or press Skip for UTC.
events-bad-zone = I do not know the time zone “{ $zone }”. Send a name like Europe/Berlin, or press Skip for UTC.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = The time { $when } does not exist in { $zone }: the clocks go forward then. Send another date and time, for example { $instead }.
events-time-twice = The time { $when } happens twice in { $zone }: the clocks go back then. Send it again with its offset from UTC: { $first } for the first, { $second } for the second.
events-added = Done. The event is listed for { $languages } on { $when } ({ $zone }), and its subscribers will get a reminder a day before.
