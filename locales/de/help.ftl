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
cmd-unanswered = Fragen, die die FAQ nicht beantworten konnte (Ansprechpersonen und Admins)
cmd-ask = Eine Person fragen: Eine Ansprechperson antwortet dir hier
cmd-reply = Ein Ticket beantworten (Ansprechpersonen und Admins)
cmd-tickets = Offene Fragen an eine Person (Ansprechpersonen und Admins)
cmd-share = Die Ergebnisse deiner Diskussion teilen
cmd-discussions = Geteilte Diskussionsergebnisse (Ansprechpersonen und Admins)
cmd-report = Monatsbericht (Ansprechpersonen und Admins)
cmd-events = Anstehende Veranstaltungen
cmd-subscribe = Ankündigungen in deiner Sprache erhalten
cmd-unsubscribe = Keine Ankündigungen mehr erhalten
cmd-announce = Ankündigung senden (Ansprechpersonen und Admins)
cmd-liaison = Ansprechperson für deine Sprache finden
cmd-salon = So veranstaltest du einen Strategie-Salon
cmd-discuss = So startest du eine eigene Diskussion
cmd-privacy = Was ich über dich speichere
cmd-forget = Alles löschen, was ich über dich speichere
cmd-cancel = Laufenden Vorgang abbrechen
cmd-menu = Menü anzeigen
cmd-setup = Serversprache und Ankündigungskanal (Admins)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = hilfe
cmdname-menu = menü
cmdname-faq = faq
cmdname-survey = umfrage
cmdname-volunteer = freiwillig
cmdname-liaison = ansprechperson
cmdname-salon = salon
cmdname-discuss = diskutieren
cmdname-language = sprache
cmdname-privacy = datenschutz
cmdname-forget = vergessen
cmdname-results = ergebnisse
cmdname-unanswered = unbeantwortet
cmdname-cancel = abbrechen
cmdname-setup = einrichten
cmdname-ask = fragen
cmdname-reply = antworten
cmdname-tickets = tickets
cmdname-share = teilen
cmdname-discussions = diskussionen
cmdname-report = bericht
cmdname-events = veranstaltungen
cmdname-subscribe = abonnieren
cmdname-unsubscribe = abbestellen
cmdname-announce = ankündigen
# Descriptions of command options.
param-question = Deine Frage, in deinen eigenen Worten
param-code = Ein Sprachcode wie de, ar oder pt-BR
param-server-language = Die Sprache, die der Bot auf diesem Server verwendet
param-channel = Wo der Bot Ankündigungen veröffentlicht
param-ticket = Die Nummer des Tickets
param-answer = Deine Antwort
param-month = Ein Monat wie 2026-11
