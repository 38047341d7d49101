# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 Spørg et menneske
ask-intro = Skriv dit spørgsmål til et menneske. Det går til kontaktpersonerne for { $language } (eller, hvis der ikke er nogen, til strategiteamet), som svarer dig her i chatten.
ask-question = Hvad vil du gerne spørge om?
ask-contact = Hvis du vil, kan du tilføje, hvordan de også kan få fat i dig (for eksempel dit brugernavn på Meta-Wiki). Ellers kan kontaktpersonen ikke se, hvem du er. Tryk på »Spring over« for at forblive anonym.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = Dit spørgsmål er sag #{ $ticket }. { $to ->
        [liaison] Kontaktpersonerne for { $language } har fået det
       *[team] Strategiteamet har fået det
    } og svarer dig her. Du kan skrive mere ved at svare på deres svar.
ask-too-many = Du har allerede { $most } spørgsmål, der venter på svar. Vent på et svar, eller luk et spørgsmål, der er løst.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 Sag #{ $ticket } · { $language }
    { $question }

    Svar på denne besked, tryk på »Svar«, eller skriv /reply { $ticket } og dit svar.
ticket-new-contact = 🎫 Sag #{ $ticket } · { $language }
    { $question }

    Oplyst kontakt: { $contact }
    Svar på denne besked, tryk på »Svar«, eller skriv /reply { $ticket } og dit svar.
ticket-followup = 🎫 Sag #{ $ticket } · { $language } · spørgeren skriver:
    { $text }
# What the member receives.
ticket-answer = 💬 Svar på dit spørgsmål #{ $ticket }:
    { $text }

    Svar på denne besked, eller tryk på »Svar« for at skrive tilbage.
ticket-closed = Dit spørgsmål #{ $ticket } er lukket. Tak! Send /ask for at stille et nyt spørgsmål.

ticket-button-answer = ✎ Svar
ticket-button-reply = ✎ Svar
ticket-button-claim = Overtag
ticket-button-close = Luk
ticket-button-solved = ✓ Løst
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = Skriv din besked til #{ $ticket }:
ticket-sent = Sendt til #{ $ticket }.
ticket-gone = Sag #{ $ticket } er lukket eller findes ikke.
ticket-not-yours = Du kan ikke skrive i sag #{ $ticket }: den hører til et andet sprog.
ticket-claimed = Du har overtaget sag #{ $ticket }: spørgerens næste beskeder kommer til dig.
ticket-claimed-other = En anden kontaktperson har allerede overtaget sag #{ $ticket }.
ticket-closed-done = Sag #{ $ticket } er lukket.
reply-usage = Skriv /reply, sagens nummer og dit svar, for eksempel: /reply 12 Tak for dit spørgsmål!

tickets-not-allowed = Kun kontaktpersoner og administratorer kan se sagerne.
tickets-none = Ingen åbne spørgsmål for { $languages }.
tickets-list = Åbne spørgsmål for { $languages } ({ $count }):
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] din
        [claimed] overtaget
       *[open] åben
    } · { $question }
