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
cmd-unanswered = Întrebări rămase fără răspuns în FAQ (coordonatori și administratori)
cmd-ask = Întreabă un om: un coordonator îți răspunde aici
cmd-reply = Răspunde la o solicitare (coordonatori și administratori)
cmd-tickets = Solicitări deschise (coordonatori și administratori)
cmd-share = Împărtășește rezultatele discuției tale
cmd-discussions = Rezultatele discuțiilor trimise (coordonatori și administratori)
cmd-report = Raport lunar (coordonatori și administratori)
cmd-events = Evenimente viitoare
cmd-subscribe = Primește anunțuri în limba ta
cmd-unsubscribe = Oprește primirea anunțurilor
cmd-announce = Trimite un anunț (coordonatori și administratori)
cmd-liaison = Găsește coordonatorul pentru limba ta
cmd-salon = Cum organizezi un Salon de strategie
cmd-discuss = Cum pornești propria discuție
cmd-privacy = Ce păstrez despre tine
cmd-forget = Șterge tot ce păstrez despre tine
cmd-cancel = Oprește ce rulează acum
cmd-menu = Arată meniul
cmd-setup = Limba serverului și canalul de anunțuri (administratori)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = ajutor
cmdname-menu = meniu
cmdname-faq = întrebări
cmdname-survey = sondaj
cmdname-volunteer = voluntar
cmdname-liaison = coordonator
cmdname-salon = salon
cmdname-discuss = discuție
cmdname-language = limba
cmdname-privacy = confidențialitate
cmdname-forget = uită
cmdname-results = rezultate
cmdname-unanswered = fără-răspuns
cmdname-cancel = anulare
cmdname-setup = configurare
cmdname-ask = întreabă
cmdname-reply = răspunde
cmdname-tickets = solicitări
cmdname-share = împărtășește
cmdname-discussions = rezultate-discuții
cmdname-report = raport
cmdname-events = evenimente
cmdname-subscribe = abonare
cmdname-unsubscribe = dezabonare
cmdname-announce = anunț
# Descriptions of command options.
param-question = Întrebarea ta, cu propriile cuvinte
param-code = Un cod de limbă, de exemplu de, ar sau pt-BR
param-server-language = Limba pe care o folosește botul pe acest server
param-channel = Unde publică botul anunțurile
param-ticket = Numărul solicitării
param-answer = Răspunsul tău
param-month = O lună, de exemplu 2026-11
