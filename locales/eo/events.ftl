# Upcoming events (/events) and reminders before them.

events-none = Nun ne estas venontaj eventoj en { $language }. Sendu /subscribe por ekscii pri novaj.
events-list = Venontaj eventoj:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = Memorigo: { $title } komenciĝos je { $when } ({ $zone }).
    { $link }
events-reminder-no-link = Memorigo: { $title } komenciĝos je { $when } ({ $zone }).
# The seed event from the campaign page.
event-next-phase-title = Komenciĝas la sekva fazo de la komunumaj konversacioj
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = Kiel nomiĝas la evento? Skribu ĝian titolon en la lingvo de ĝiaj partoprenantoj.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = Nur perantoj kaj administrantoj povas aldoni eventojn. Sendu /events por vidi la venontajn.
events-ask-when = Kiam ĝi komenciĝos? Skribu la lokan daton kaj horon jene: 2026-12-01 18:00
events-bad-when = Mi ne povis legi tiun daton. Bonvolu skribi ĝin jene: 2026-12-01 18:00 (estonta dato).
events-ask-zone = En kiu horzono tio estas? Sendu ĝian nomon, ekzemple Europe/Berlin, America/Sao_Paulo aŭ Asia/Kolkata, aŭ premu „Preterlasi“ por UTC.
events-bad-zone = Mi ne konas la horzonon „{ $zone }“. Sendu nomon kiel Europe/Berlin, aŭ premu „Preterlasi“ por UTC.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = La horo { $when } ne ekzistas en { $zone }, ĉar tiam oni ŝovas la horloĝojn antaŭen. Sendu alian daton kaj horon, ekzemple { $instead }.
events-time-twice = La horo { $when } okazas dufoje en { $zone }, ĉar tiam oni ŝovas la horloĝojn malantaŭen. Sendu ĝin denove kun ĝia diferenco de UTC: { $first } por la unua, { $second } por la dua.
events-added = Farite. La evento estas listigita por { $languages } je { $when } ({ $zone }), kaj ĝiaj abonantoj ricevos memorigon unu tagon antaŭe.
