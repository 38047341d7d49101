# Upcoming events (/events) and reminders before them.

events-none = Zurzeit gibt es keine anstehenden Veranstaltungen für { $language }. Sende /subscribe, um von neuen zu erfahren.
events-list = Anstehende Veranstaltungen:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = Erinnerung: { $title } beginnt am { $when } ({ $zone }).
    { $link }
# The seed event from the campaign page.
event-next-phase-title = Die nächste Phase der Community-Gespräche beginnt
