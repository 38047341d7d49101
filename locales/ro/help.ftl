# The command list (/help) and the short description of each command.

help-text = Iată ce pot face:

    { $commands }

    Într-un chat privat poți și să scrii direct o întrebare.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Pornește și arată meniul
cmd-help = Ce pot face
cmd-language = Alege limba
cmd-faq = Întrebări și răspunsuri
cmd-survey = Completează sondajul
cmd-volunteer = Oferă-te voluntar drept coordonator pentru grupul tău
cmd-results = Rezultatele sondajului (coordonatori și administratori)
cmd-liaison = Găsește coordonatorul pentru limba ta
cmd-salon = Cum organizezi un Salon de strategie
cmd-discuss = Cum pornești propria discuție
cmd-privacy = Ce păstrez despre tine
cmd-forget = Șterge tot ce păstrez despre tine
cmd-cancel = Oprește ce rulează acum
