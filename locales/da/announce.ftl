# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = Kun kontaktpersoner og administratorer kan sende meddelelser.
announce-ask-language = Hvilket sprogs abonnenter skal meddelelsen sendes til?
announce-all = Alle mine sprog
announce-ask-text = Skriv meddelelsen, højst { $limit } tegn.
announce-ask-link = Vil du tilføje et link? Send det (det skal starte med https://), eller tryk på »Spring over«.
announce-bad-link = Det er ikke et link, der starter med https://. Send et link, eller tryk på »Spring over«.
announce-preview = Forhåndsvisning:

    { $text }

    Den når ud til { $people ->
        [one] én person
       *[other] { $people } personer
    } og { $channels ->
        [one] én kanal eller gruppe
       *[other] { $channels } kanaler eller grupper
    } (Telegram { $telegram }, Discord { $discord }). Skal den sendes nu?
announce-send = Send nu
announce-cancel = Annuller
announce-queued = Din meddelelse er på vej til { $count ->
        [one] én modtager
       *[other] { $count } modtagere
    }.
announce-cancelled = Meddelelsen blev ikke sendt.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = Meddelelse fra bevægelsens strategiteam:

    { $text }
    { $link }
