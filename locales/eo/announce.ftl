# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = Nur perantoj kaj administrantoj povas sendi anoncojn.
announce-ask-language = Al la abonantoj de kiu lingvo iru la anonco?
announce-all = Ĉiuj miaj lingvoj
announce-ask-text = Skribu la anoncon, maksimume { $limit } signojn.
announce-ask-link = Ĉu aldoni ligilon? Sendu ĝin (ĝi komenciĝu per https://), aŭ premu „Preterlasi“.
announce-bad-link = Tio ne estas ligilo, kiu komenciĝas per https://. Sendu ligilon, aŭ premu „Preterlasi“.
announce-preview = Antaŭrigardo:

    { $text }

    Ĝi atingos { $people ->
        [one] unu personon
       *[other] { $people } personojn
    } kaj { $channels ->
        [one] unu kanalon aŭ grupon
       *[other] { $channels } kanalojn aŭ grupojn
    } (Telegram { $telegram }, Discord { $discord }). Ĉu sendi ĝin nun?
announce-send = Sendi nun
announce-cancel = Nuligi
announce-queued = Via anonco estas survoje al { $count ->
        [one] unu ricevanto
       *[other] { $count } ricevantoj
    }.
announce-cancelled = La anonco ne estis sendita.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = Anonco de la strategia teamo de la movado:

    { $text }
    { $link }
