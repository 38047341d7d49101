# The command list (/help) and the short description of each command.

help-text = Jen kion mi povas fari:

    { $commands }

    En privata babilejo vi ankaŭ povas simple tajpi demandon.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Komenci kaj montri la menuon
cmd-help = Kion mi povas fari
cmd-language = Elekti vian lingvon
cmd-faq = Demandoj kaj respondoj
cmd-survey = Respondi la enketon
cmd-volunteer = Volontuli kiel peranto por via grupo
cmd-results = Enketaj rezultoj (por perantoj kaj administrantoj)
cmd-unanswered = Demandoj, al kiuj mi ne trovis respondon (por perantoj kaj administrantoj)
cmd-ask = Demandi homon: peranto respondas al vi ĉi tie
cmd-reply = Respondi al tiketo (por perantoj kaj administrantoj)
cmd-tickets = Malfermitaj demandoj por homo (por perantoj kaj administrantoj)
cmd-share = Kunhavigi la rezultojn de via diskuto
cmd-discussions = Kunhavigitaj diskutrezultoj (por perantoj kaj administrantoj)
cmd-report = Monata raporto (por perantoj kaj administrantoj)
cmd-events = Venontaj eventoj
cmd-subscribe = Ricevi anoncojn en via lingvo
cmd-unsubscribe = Ĉesi ricevi anoncojn
cmd-announce = Sendi anoncon (por perantoj kaj administrantoj)
cmd-liaison = Trovi la peranton por via lingvo
cmd-salon = Kiel okazigi Strategian Salonon
cmd-discuss = Kiel komenci propran diskuton
cmd-privacy = Kion mi konservas pri vi
cmd-forget = Forigi ĉion, kion mi konservas pri vi
cmd-cancel = Haltigi la nunan agon
cmd-menu = Montri la menuon
cmd-setup = Lingvo de la servilo kaj kanalo por anoncoj (por administrantoj)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = helpo
cmdname-menu = menuo
cmdname-faq = demandoj
cmdname-survey = enketo
cmdname-volunteer = volontuli
cmdname-liaison = peranto
cmdname-salon = salono
cmdname-discuss = diskuto
cmdname-language = lingvo
cmdname-privacy = privateco
cmdname-forget = forgesi
cmdname-results = rezultoj
cmdname-unanswered = senrespondaj
cmdname-cancel = nuligi
cmdname-setup = agordi
cmdname-ask = demandi
cmdname-reply = respondi
cmdname-tickets = tiketoj
cmdname-share = kunhavigi
cmdname-discussions = diskutrezultoj
cmdname-report = raporto
cmdname-events = eventoj
cmdname-subscribe = aboni
cmdname-unsubscribe = malaboni
cmdname-announce = anonci
# Descriptions of command options.
param-question = Via demando, per viaj propraj vortoj
param-code = Lingvokodo, ekzemple de, ar aŭ pt-BR
param-server-language = La lingvo, kiun la roboto uzas en ĉi tiu servilo
param-channel = Kien la roboto afiŝas anoncojn
param-ticket = La numero de la tiketo
param-answer = Via respondo
param-month = Monato, ekzemple 2026-11
