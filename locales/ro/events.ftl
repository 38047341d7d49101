# Upcoming events (/events) and reminders before them.

events-none = Momentan nu există evenimente viitoare în { $language }. Trimite /subscribe ca să afli de cele noi.
events-list = Evenimente viitoare:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = Reamintire: { $title } începe pe { $when } ({ $zone }).
    { $link }
events-reminder-no-link = Reamintire: { $title } începe pe { $when } ({ $zone }).
# The seed event from the campaign page.
event-next-phase-title = Începe următoarea etapă a conversațiilor din comunități
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = Cum se numește evenimentul? Scrie titlul în limba participanților.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = Doar coordonatorii și administratorii pot adăuga evenimente. Trimite /events ca să vezi evenimentele viitoare.
events-ask-when = Când începe? Scrie data și ora locale așa: 2026-12-01 18:00
events-bad-when = Nu am putut citi data. Te rog să o scrii așa: 2026-12-01 18:00 (o dată viitoare).
events-ask-zone = În ce fus orar este? Trimite numele lui, de exemplu Europe/Berlin, America/Sao_Paulo sau Asia/Kolkata, sau apasă „Sari peste” pentru UTC.
events-bad-zone = Nu cunosc fusul orar „{ $zone }”. Trimite un nume ca Europe/Berlin sau apasă „Sari peste” pentru UTC.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = Ora { $when } nu există în fusul orar { $zone }, pentru că atunci ceasurile se dau înainte. Trimite altă dată și oră, de exemplu { $instead }.
events-time-twice = Ora { $when } apare de două ori în fusul orar { $zone }, pentru că atunci ceasurile se dau înapoi. Trimite-o din nou cu diferența față de UTC: { $first } pentru prima, { $second } pentru a doua.
events-added = Gata. Evenimentul apare în listă pentru { $languages }, pe { $when } ({ $zone }), iar abonații lui vor primi o reamintire cu o zi înainte.
