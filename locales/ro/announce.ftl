# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = Doar coordonatorii și administratorii pot trimite anunțuri.
announce-ask-language = Abonaților cărei limbi să le trimit anunțul?
announce-all = Toate limbile mele
announce-ask-text = Scrie anunțul. Numărul maxim de caractere: { $limit }.
announce-ask-link = Adaugi un link? Trimite-l (trebuie să înceapă cu https://) sau apasă „Sari peste”.
announce-bad-link = Acesta nu e un link care începe cu https://. Trimite un link sau apasă „Sari peste”.
announce-preview = Previzualizare:

    { $text }

    Anunțul va ajunge la { $people ->
        [one] o persoană
        [few] { $people } persoane
       *[other] { $people } de persoane
    } și { $channels ->
        [one] un canal sau grup
        [few] { $channels } canale sau grupuri
       *[other] { $channels } de canale sau grupuri
    } (Telegram { $telegram }, Discord { $discord }). Îl trimit acum?
announce-send = Trimite acum
announce-cancel = Anulează
announce-queued = Anunțul tău e pe drum către { $count ->
        [one] un destinatar
        [few] { $count } destinatari
       *[other] { $count } de destinatari
    }.
announce-cancelled = Anunțul nu a fost trimis.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = Anunț de la echipa de strategie a mișcării:

    { $text }
    { $link }
