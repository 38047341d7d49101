# Upcoming events (/events) and reminders before them.

events-none = Nun ne estas venontaj eventoj en { $language }. Sendu /subscribe por ekscii pri novaj.
events-list = Venontaj eventoj:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = Memorigo: { $title } komenciĝos je { $when } ({ $zone }).
    { $link }
# The seed event from the campaign page.
event-next-phase-title = Komenciĝas la sekva fazo de la komunumaj konversacioj
