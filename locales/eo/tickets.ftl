# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 Demandi homon
ask-intro = Skribu vian demandon por homo. Ĝi iras al la perantoj por via lingvo ({ $language }) aŭ, kie tiaj ne ekzistas, al la strategia teamo. Ili respondos al vi ĉi tie, en ĉi tiu babilejo.
ask-question = Kion vi ŝatus demandi?
ask-contact = Se vi volas, aldonu, kiel oni povas ankaŭ atingi vin (ekzemple per via uzantnomo en Meta-Vikio). Alie la peranto ne scias, kiu vi estas. Premu „Preterlasi“ por resti anonima.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = Via demando estas la tiketo #{ $ticket }. { $to ->
        [liaison] La perantoj por via lingvo ({ $language }) ricevis ĝin
       *[team] La strategia teamo ricevis ĝin
    } kaj respondos al vi ĉi tie. Vi povas skribi pli, respondante al ilia respondo.
ask-too-many = Vi jam havas { $most ->
        [one] unu demandon, kiu atendas
       *[other] { $most } demandojn, kiuj atendas
    } respondon. Bonvolu atendi respondon, aŭ fermi demandon, kiu estas solvita.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 Tiketo #{ $ticket } · { $language }
    { $question }

    Respondu al ĉi tiu mesaĝo, premu „Respondi“ aŭ skribu /reply { $ticket } kaj vian respondon.
ticket-new-contact = 🎫 Tiketo #{ $ticket } · { $language }
    { $question }

    Donita kontakto: { $contact }
    Respondu al ĉi tiu mesaĝo, premu „Respondi“ aŭ skribu /reply { $ticket } kaj vian respondon.
ticket-followup = 🎫 Tiketo #{ $ticket } · { $language } · la membro skribas:
    { $text }
# What the member receives.
ticket-answer = 💬 Respondo al via demando #{ $ticket }:
    { $text }

    Respondu al ĉi tiu mesaĝo aŭ premu „Reskribi“ por skribi reen.
ticket-closed = Via demando #{ $ticket } estas fermita. Dankon! Sendu /ask por nova demando.

ticket-button-answer = ✎ Respondi
ticket-button-reply = ✎ Reskribi
ticket-button-claim = Transpreni
ticket-button-close = Fermi
ticket-button-solved = ✓ Solvita
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = Skribu vian mesaĝon por #{ $ticket }:
ticket-sent = Sendita al #{ $ticket }.
ticket-gone = La tiketo #{ $ticket } estas fermita aŭ ne ekzistas.
ticket-not-yours = Vi ne povas skribi en la tiketo #{ $ticket }: ĝi apartenas al alia lingvo.
ticket-claimed = Vi transprenis la tiketon #{ $ticket }: la venontaj mesaĝoj de la membro venos al vi.
ticket-claimed-other = Alia peranto jam transprenis la tiketon #{ $ticket }.
ticket-closed-done = La tiketo #{ $ticket } estas fermita.
reply-usage = Skribu /reply, la numeron de la tiketo kaj vian respondon, ekzemple: /reply 12 Dankon pro via demando!

tickets-not-allowed = Nur perantoj kaj administrantoj povas vidi tiketojn.
tickets-none = Neniu malfermita demando ({ $languages }).
tickets-list = Malfermitaj demandoj ({ $languages }), entute { $count }:
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] via
        [claimed] transprenita
       *[open] malfermita
    } · { $question }
