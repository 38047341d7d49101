# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 Întreabă un om
ask-intro = Scrie întrebarea pe care vrei s-o pui unui om. Ea ajunge la coordonatorii pentru limba { $language } (sau, dacă nu există, la echipa de strategie), care îți vor răspunde aici, în acest chat.
ask-question = Ce ai vrea să întrebi?
ask-contact = Dacă vrei, adaugă și cum te mai pot contacta (de exemplu, numele tău de utilizator pe Meta-Wiki). Altfel, coordonatorul nu vede cine ești. Apasă „Sari peste” ca să-ți păstrezi anonimatul.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = Întrebarea ta este solicitarea #{ $ticket }. { $to ->
        [liaison] Au primit-o coordonatorii pentru limba { $language }, care îți vor răspunde aici.
       *[team] A primit-o echipa de strategie, care îți va răspunde aici.
    } Poți adăuga ceva răspunzând la mesajul lor.
ask-too-many = Ai deja numărul maxim de întrebări care așteaptă răspuns ({ $most }). Te rog să aștepți un răspuns sau să închizi o întrebare care s-a rezolvat.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 Solicitarea #{ $ticket } · { $language }
    { $question }

    Răspunde la acest mesaj, apasă „Răspunde” sau scrie /reply { $ticket } și răspunsul tău.
ticket-new-contact = 🎫 Solicitarea #{ $ticket } · { $language }
    { $question }

    Contact indicat: { $contact }
    Răspunde la acest mesaj, apasă „Răspunde” sau scrie /reply { $ticket } și răspunsul tău.
ticket-followup = 🎫 Solicitarea #{ $ticket } · { $language } · persoana care a întrebat scrie:
    { $text }
# What the member receives.
ticket-answer = 💬 Răspuns la întrebarea ta #{ $ticket }:
    { $text }

    Răspunde la acest mesaj sau apasă „Răspunde” ca să le scrii înapoi.
ticket-closed = Întrebarea ta #{ $ticket } a fost închisă. Mulțumesc! Trimite /ask pentru o întrebare nouă.

ticket-button-answer = ✎ Răspunde
ticket-button-reply = ✎ Răspunde
ticket-button-claim = Preia
ticket-button-close = Închide
ticket-button-solved = ✓ Rezolvat
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = Scrie mesajul pentru solicitarea #{ $ticket }:
ticket-sent = Mesaj trimis la solicitarea #{ $ticket }.
ticket-gone = Solicitarea #{ $ticket } este închisă sau nu există.
ticket-not-yours = Nu poți scrie în solicitarea #{ $ticket }: ține de altă limbă.
ticket-claimed = Ai preluat solicitarea #{ $ticket }: următoarele mesaje ale persoanei vor ajunge la tine.
ticket-claimed-other = Alt coordonator a preluat deja solicitarea #{ $ticket }.
ticket-closed-done = Solicitarea #{ $ticket } a fost închisă.
reply-usage = Scrie /reply, numărul solicitării și răspunsul tău, de exemplu: /reply 12 Mulțumesc pentru întrebare!

tickets-not-allowed = Doar coordonatorii și administratorii pot vedea solicitările.
tickets-none = Nu există întrebări deschise pentru { $languages }.
tickets-list = Întrebări deschise pentru { $languages } ({ $count }):
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] a ta
        [claimed] preluată
       *[open] deschisă
    } · { $question }
