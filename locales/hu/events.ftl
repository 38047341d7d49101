# Upcoming events (/events) and reminders before them.

events-none = Jelenleg nincs közelgő esemény ezen a nyelven: { $language }. Küldd el a /subscribe parancsot, és értesülni fogsz az újakról.
events-list = Közelgő események:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = Emlékeztető: { $title } – kezdés: { $when } ({ $zone }).
    { $link }
# The seed event from the campaign page.
event-next-phase-title = Elkezdődik a közösségi beszélgetések következő szakasza
