# Upcoming events (/events) and reminders before them.

events-none = Obecnie nie ma nadchodzących wydarzeń w języku: { $language }. Wyślij /subscribe, aby dowiadywać się o nowych.
events-list = Nadchodzące wydarzenia:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = Przypomnienie: { $title } – początek: { $when } ({ $zone }).
    { $link }
events-reminder-no-link = Przypomnienie: { $title } – początek: { $when } ({ $zone }).
# The seed event from the campaign page.
event-next-phase-title = Zaczyna się następny etap rozmów w społecznościach
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = Jak nazywa się wydarzenie? Napisz jego tytuł w języku uczestników.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = Tylko łącznicy i administratorzy mogą dodawać wydarzenia. Wyślij /events, aby zobaczyć nadchodzące.
events-ask-when = Kiedy się zaczyna? Napisz lokalną datę i godzinę w ten sposób: 2026-12-01 18:00
events-bad-when = Nie udało mi się odczytać tej daty. Napisz ją w ten sposób: 2026-12-01 18:00 (data w przyszłości).
events-ask-zone = W jakiej strefie czasowej? Wyślij jej nazwę, na przykład Europe/Berlin, America/Sao_Paulo lub Asia/Kolkata, albo naciśnij „Pomiń”, aby użyć UTC.
events-bad-zone = Nie znam strefy czasowej „{ $zone }”. Wyślij nazwę, na przykład Europe/Berlin, albo naciśnij „Pomiń”, aby użyć UTC.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = Godzina { $when } nie istnieje w strefie czasowej { $zone }, bo wtedy przestawia się zegary do przodu. Wyślij inną datę i godzinę, na przykład { $instead }.
events-time-twice = Godzina { $when } występuje dwa razy w strefie czasowej { $zone }, bo wtedy przestawia się zegary do tyłu. Wyślij ją jeszcze raz z przesunięciem względem UTC: { $first } dla pierwszej, { $second } dla drugiej.
events-added = Gotowe. Wydarzenie jest na liście w językach: { $languages }, termin: { $when } ({ $zone }). Subskrybenci dostaną przypomnienie dzień wcześniej.
