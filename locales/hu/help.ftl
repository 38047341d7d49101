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
cmd-liaison = A nyelved kapcsolattartójának megkeresése
cmd-salon = Hogyan szervezz stratégiai szalont
cmd-discuss = Hogyan indíts saját beszélgetést
cmd-privacy = Mit tárolok rólad
cmd-forget = Minden rólad tárolt adat törlése
cmd-cancel = A folyamatban lévő művelet leállítása
