# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 Kérdezz egy embertől
ask-intro = Írd meg a kérdésedet, és egy ember válaszol rá. A kérdés a nyelved ({ $language }) kapcsolattartóihoz kerül, vagy ha ilyen nincs, a stratégiai csapathoz; ők itt, ebben a csevegésben válaszolnak neked.
ask-question = Mit szeretnél kérdezni?
ask-contact = Ha szeretnéd, add meg, hol érhetnek el még (például a Meta-Wikin használt felhasználónevedet). Enélkül a kapcsolattartó nem látja, ki vagy. Ha névtelen szeretnél maradni, nyomd meg a „Kihagyás” gombot.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = A kérdésed száma: #{ $ticket }. { $to ->
        [liaison] Megkapták a nyelved ({ $language }) kapcsolattartói, és itt válaszolnak neked.
       *[team] Megkapta a stratégiai csapat, és itt válaszol neked.
    } Ha a válaszukra válaszolsz, további üzenetet is írhatsz.
ask-too-many = Már { $most } kérdésed vár válaszra. Kérlek, várd meg a választ, vagy zárj le egy kérdést, amely már megoldódott.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 Kérdés #{ $ticket } · { $language }
    { $question }

    Válaszolj erre az üzenetre, nyomd meg a „Válasz” gombot, vagy írd be: /reply { $ticket } és a válaszodat.
ticket-new-contact = 🎫 Kérdés #{ $ticket } · { $language }
    { $question }

    Megadott elérhetőség: { $contact }
    Válaszolj erre az üzenetre, nyomd meg a „Válasz” gombot, vagy írd be: /reply { $ticket } és a válaszodat.
ticket-followup = 🎫 Kérdés #{ $ticket } · { $language } · a kérdező írja:
    { $text }
# What the member receives.
ticket-answer = 💬 Válasz a kérdésedre (#{ $ticket }):
    { $text }

    Ha írni szeretnél nekik, válaszolj erre az üzenetre, vagy nyomd meg a „Válasz” gombot.
ticket-closed = A kérdésedet (#{ $ticket }) lezártuk. Köszönöm! Ha új kérdésed van, küldd el: /ask.

ticket-button-answer = ✎ Válasz
ticket-button-reply = ✎ Válasz
ticket-button-claim = Átvétel
ticket-button-close = Lezárás
ticket-button-solved = ✓ Megoldva
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = Írd meg az üzenetedet ehhez a kérdéshez (#{ $ticket }):
ticket-sent = Elküldve ehhez a kérdéshez: #{ $ticket }.
ticket-gone = Ez a kérdés (#{ $ticket }) le van zárva, vagy nem létezik.
ticket-not-yours = Ebbe a kérdésbe (#{ $ticket }) nem írhatsz: egy másik nyelvhez tartozik.
ticket-claimed = Átvetted ezt a kérdést (#{ $ticket }): a kérdező következő üzenetei hozzád érkeznek.
ticket-claimed-other = Ezt a kérdést (#{ $ticket }) már átvette egy másik kapcsolattartó.
ticket-closed-done = A kérdés (#{ $ticket }) lezárva.
reply-usage = Írd be a /reply parancsot, a kérdés számát és a válaszodat, például: /reply 12 Köszönöm a kérdést!

tickets-not-allowed = A beérkezett kérdéseket csak a kapcsolattartók és az adminisztrátorok láthatják.
tickets-none = Nincs nyitott kérdés ({ $languages }).
tickets-list = Nyitott kérdések ({ $languages }), összesen { $count }:
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] a tiéd
        [claimed] átvéve
       *[open] nyitott
    } · { $question }
