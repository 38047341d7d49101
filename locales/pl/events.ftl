# Upcoming events (/events) and reminders before them.

events-none = Obecnie nie ma nadchodzących wydarzeń w języku: { $language }. Wyślij /subscribe, aby dowiadywać się o nowych.
events-list = Nadchodzące wydarzenia:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = Przypomnienie: { $title } – początek: { $when } ({ $zone }).
    { $link }
# The seed event from the campaign page.
event-next-phase-title = Zaczyna się następny etap rozmów w społecznościach
