# Upcoming events (/events) and reminders before them.

events-none = Der er ingen kommende begivenheder for { $language } lige nu. Send /subscribe for at høre om nye.
events-list = Kommende begivenheder:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = Påmindelse: { $title } starter { $when } ({ $zone }).
    { $link }
# The seed event from the campaign page.
event-next-phase-title = Næste fase af fællesskabssamtalerne begynder
