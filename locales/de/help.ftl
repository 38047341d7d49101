# The command list (/help) and the short description of each command.

help-text = Das kann ich für dich tun:

    { $commands }

    Im privaten Chat kannst du mir auch einfach eine Frage schreiben.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Starten und Menü anzeigen
cmd-help = Was ich kann
cmd-language = Sprache wählen
cmd-faq = Fragen und Antworten
cmd-survey = An der Umfrage teilnehmen
cmd-volunteer = Als Ansprechperson für deine Gruppe melden
cmd-results = Umfrageergebnisse (Ansprechpersonen und Admins)
cmd-liaison = Ansprechperson für deine Sprache finden
cmd-salon = So veranstaltest du einen Strategie-Salon
cmd-discuss = So startest du eine eigene Diskussion
cmd-privacy = Was ich über dich speichere
cmd-forget = Alles löschen, was ich über dich speichere
cmd-cancel = Laufenden Vorgang abbrechen
