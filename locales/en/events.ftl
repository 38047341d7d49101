# Upcoming events (/events) and reminders before them.

events-none = There are no upcoming events in { $language } right now. Send /subscribe to hear about new ones.
events-list = Upcoming events:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = Reminder: { $title } starts on { $when } ({ $zone }).
    { $link }
# The seed event from the campaign page.
event-next-phase-title = The next phase of community conversations begins
