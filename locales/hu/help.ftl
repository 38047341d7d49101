# The command list (/help) and the short description of each command.

help-text = Ezekben tudok segíteni:

    { $commands }

    Privát csevegésben egyszerűen be is írhatsz egy kérdést.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Indítás és a menü megjelenítése
cmd-help = Mit tudok
cmd-language = Nyelv kiválasztása
cmd-faq = Kérdések és válaszok
cmd-survey = A kérdőív kitöltése
cmd-volunteer = Jelentkezés a csoportod kapcsolattartójának
cmd-results = A kérdőív eredményei (kapcsolattartóknak és adminisztrátoroknak)
cmd-unanswered = Kérdések, amelyekre a GYIK nem tudott válaszolni (kapcsolattartóknak és adminisztrátoroknak)
cmd-ask = Kérdés egy embernek: egy kapcsolattartó itt válaszol neked
cmd-reply = Válasz egy beérkezett kérdésre (kapcsolattartóknak és adminisztrátoroknak)
cmd-tickets = Válaszra váró kérdések (kapcsolattartóknak és adminisztrátoroknak)
cmd-share = A beszélgetésed eredményeinek megosztása
cmd-discussions = Megosztott beszélgetési eredmények (kapcsolattartóknak és adminisztrátoroknak)
cmd-report = Havi jelentés (kapcsolattartóknak és adminisztrátoroknak)
cmd-events = Közelgő események
cmd-subscribe = Feliratkozás a nyelved bejelentéseire
cmd-unsubscribe = Leiratkozás a bejelentésekről
cmd-announce = Bejelentés küldése (kapcsolattartóknak és adminisztrátoroknak)
cmd-liaison = A nyelved kapcsolattartójának megkeresése
cmd-salon = Hogyan szervezz stratégiai szalont
cmd-discuss = Hogyan indíts saját beszélgetést
cmd-privacy = Mit tárolok rólad
cmd-forget = Minden rólad tárolt adat törlése
cmd-cancel = A folyamatban lévő művelet leállítása
cmd-menu = A menü megjelenítése
cmd-setup = A szerver nyelve és a bejelentések csatornája (adminisztrátoroknak)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = súgó
cmdname-menu = menü
cmdname-faq = gyik
cmdname-survey = kérdőív
cmdname-volunteer = jelentkezés
cmdname-liaison = kapcsolattartó
cmdname-salon = szalon
cmdname-discuss = beszélgetés
cmdname-language = nyelv
cmdname-privacy = adatvédelem
cmdname-forget = törlés
cmdname-results = eredmények
cmdname-unanswered = megválaszolatlan
cmdname-cancel = mégse
cmdname-setup = beállítás
cmdname-ask = kérdezz
cmdname-reply = válasz
cmdname-tickets = kérdések
cmdname-share = megosztás
cmdname-discussions = beszélgetés-eredmények
cmdname-report = jelentés
cmdname-events = események
cmdname-subscribe = feliratkozás
cmdname-unsubscribe = leiratkozás
cmdname-announce = bejelentés
# Descriptions of command options.
param-question = A kérdésed, a saját szavaiddal
param-code = Nyelvkód, például de, ar vagy pt-BR
param-server-language = A nyelv, amelyet a bot ezen a szerveren használ
param-channel = Ahol a bot közzéteszi a bejelentéseket
param-ticket = A kérdés száma
param-answer = A válaszod
param-month = Egy hónap, például 2026-11
