# Upcoming events (/events) and reminders before them.

events-none = Jelenleg nincs közelgő esemény ezen a nyelven: { $language }. Küldd el a /subscribe parancsot, és értesülni fogsz az újakról.
events-list = Közelgő események:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = Emlékeztető: { $title } – kezdés: { $when } ({ $zone }).
    { $link }
events-reminder-no-link = Emlékeztető: { $title } – kezdés: { $when } ({ $zone }).
# The seed event from the campaign page.
event-next-phase-title = Elkezdődik a közösségi beszélgetések következő szakasza
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = Mi az esemény neve? Írd meg a címét a résztvevők nyelvén.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = Eseményt csak kapcsolattartók és adminisztrátorok adhatnak hozzá. Küldd el az /events parancsot, és megnézheted a közelgő eseményeket.
events-ask-when = Mikor kezdődik? Írd meg a helyi dátumot és időpontot így: 2026-12-01 18:00
events-bad-when = Ezt a dátumot nem tudtam értelmezni. Kérlek, így írd meg: 2026-12-01 18:00 (egy jövőbeli dátum).
events-ask-zone = Melyik időzónában van ez? Küldd el a nevét, például Europe/Berlin, America/Sao_Paulo vagy Asia/Kolkata, vagy nyomd meg a „Kihagyás” gombot az UTC használatához.
events-bad-zone = Nem ismerem ezt az időzónát: „{ $zone }”. Küldj egy nevet, például Europe/Berlin, vagy nyomd meg a „Kihagyás” gombot az UTC használatához.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = A megadott időpont ({ $when }) nem létezik ebben az időzónában: { $zone }, mert ekkor előreállítják az órákat. Küldj egy másik dátumot és időpontot, például { $instead }.
events-time-twice = A megadott időpont ({ $when }) kétszer fordul elő ebben az időzónában: { $zone }, mert ekkor visszaállítják az órákat. Küldd el újra az UTC-től való eltéréssel együtt: { $first } az elsőhöz, { $second } a másodikhoz.
events-added = Kész. Az esemény felkerült a listára ezeken a nyelveken: { $languages }. Időpont: { $when } ({ $zone }). A feliratkozók egy nappal előtte emlékeztetőt kapnak.
