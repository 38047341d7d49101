# Upcoming events (/events) and reminders before them.

events-none = Momentan nu există evenimente viitoare în { $language }. Trimite /subscribe ca să afli de cele noi.
events-list = Evenimente viitoare:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = Reamintire: { $title } începe pe { $when } ({ $zone }).
    { $link }
# The seed event from the campaign page.
event-next-phase-title = Începe următoarea etapă a conversațiilor din comunități
