# The command list (/help) and the short description of each command.

help-text = Det her kan jeg:

    { $commands }

    I en privat chat kan du også bare skrive et spørgsmål.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Start og vis menuen
cmd-help = Hvad jeg kan
cmd-language = Vælg dit sprog
cmd-faq = Spørgsmål og svar
cmd-survey = Besvar spørgeskemaet
cmd-volunteer = Meld dig som kontaktperson for din gruppe
cmd-results = Resultater af spørgeskemaet (kontaktpersoner og administratorer)
cmd-unanswered = Spørgsmål, som FAQ'en ikke kunne besvare (kontaktpersoner og administratorer)
cmd-ask = Spørg et menneske: en kontaktperson svarer dig her
cmd-reply = Besvar en sag (kontaktpersoner og administratorer)
cmd-tickets = Åbne spørgsmål til et menneske (kontaktpersoner og administratorer)
cmd-share = Del resultaterne af din diskussion
cmd-discussions = Delte diskussionsresultater (kontaktpersoner og administratorer)
cmd-report = Månedsrapport (kontaktpersoner og administratorer)
cmd-events = Kommende begivenheder
cmd-subscribe = Få meddelelser på dit sprog
cmd-unsubscribe = Stop med at få meddelelser
cmd-announce = Send en meddelelse (kontaktpersoner og administratorer)
cmd-liaison = Find kontaktpersonen for dit sprog
cmd-salon = Sådan holder du en strategisalon
cmd-discuss = Sådan starter du din egen diskussion
cmd-privacy = Hvad jeg gemmer om dig
cmd-forget = Slet alt, hvad jeg gemmer om dig
cmd-cancel = Stop det, der kører
cmd-menu = Vis menuen
cmd-setup = Serverens sprog og kanal til meddelelser (administratorer)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = hjælp
cmdname-menu = menu
cmdname-faq = faq
cmdname-survey = spørgeskema
cmdname-volunteer = frivillig
cmdname-liaison = kontaktperson
cmdname-salon = salon
cmdname-discuss = diskuter
cmdname-language = sprog
cmdname-privacy = privatliv
cmdname-forget = glem
cmdname-results = resultater
cmdname-unanswered = ubesvarede
cmdname-cancel = annuller
cmdname-setup = opsætning
cmdname-ask = spørg
cmdname-reply = svar
cmdname-tickets = sager
cmdname-share = del
cmdname-discussions = diskussioner
cmdname-report = rapport
cmdname-events = begivenheder
cmdname-subscribe = abonner
cmdname-unsubscribe = afmeld
cmdname-announce = meddel
# Descriptions of command options.
param-question = Dit spørgsmål, med dine egne ord
param-code = En sprogkode som de, ar eller pt-BR
param-server-language = Det sprog, botten bruger på denne server
param-channel = Hvor botten slår meddelelser op
param-ticket = Sagens nummer
param-answer = Dit svar
param-month = En måned som 2026-11
