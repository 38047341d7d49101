# Upcoming events (/events) and reminders before them.

events-none = Der er ingen kommende begivenheder for { $language } lige nu. Send /subscribe for at høre om nye.
events-list = Kommende begivenheder:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = Påmindelse: { $title } starter { $when } ({ $zone }).
    { $link }
events-reminder-no-link = Påmindelse: { $title } starter { $when } ({ $zone }).
# The seed event from the campaign page.
event-next-phase-title = Næste fase af fællesskabssamtalerne begynder
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = Hvad hedder begivenheden? Skriv titlen på deltagernes sprog.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = Kun kontaktpersoner og administratorer kan tilføje begivenheder. Send /events for at se de kommende.
events-ask-when = Hvornår starter den? Skriv den lokale dato og det lokale klokkeslæt sådan her: 2026-12-01 18:00
events-bad-when = Jeg kunne ikke læse den dato. Skriv den sådan her: 2026-12-01 18:00 (en fremtidig dato).
events-ask-zone = I hvilken tidszone er det? Send navnet, for eksempel Europe/Berlin, America/Sao_Paulo eller Asia/Kolkata, eller tryk på »Spring over« for UTC.
events-bad-zone = Jeg kender ikke tidszonen »{ $zone }«. Send et navn som Europe/Berlin, eller tryk på »Spring over« for UTC.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = Klokkeslættet { $when } findes ikke i { $zone }, for da stilles urene frem. Send en anden dato og et andet klokkeslæt, for eksempel { $instead }.
events-time-twice = Klokkeslættet { $when } forekommer to gange i { $zone }, for da stilles urene tilbage. Send det igen med tidsforskellen til UTC: { $first } for det første, { $second } for det andet.
events-added = Så er det gjort. Begivenheden er opført for { $languages } { $when } ({ $zone }), og dens abonnenter får en påmindelse dagen før.
