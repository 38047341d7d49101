# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = Tylko łącznicy i administratorzy mogą wysyłać ogłoszenia.
announce-ask-language = Do subskrybentów którego języka ma trafić ogłoszenie?
announce-all = Wszystkie moje języki
announce-ask-text = Napisz treść ogłoszenia. Maksymalna liczba znaków to { $limit }.
announce-ask-link = Chcesz dodać link? Wyślij go (musi zaczynać się od https://) albo naciśnij „Pomiń”.
announce-bad-link = To nie jest link zaczynający się od https://. Wyślij link albo naciśnij „Pomiń”.
announce-preview = Podgląd:

    { $text }

    Ogłoszenie dotrze do { $people ->
        [one] jednej osoby
        [few] { $people } osób
        [many] { $people } osób
       *[other] { $people } osoby
    } oraz { $channels ->
        [one] jednego kanału lub grupy
        [few] { $channels } kanałów lub grup
        [many] { $channels } kanałów lub grup
       *[other] { $channels } kanału lub grupy
    } (Telegram { $telegram }, Discord { $discord }). Wysłać teraz?
announce-send = Wyślij teraz
announce-cancel = Anuluj
announce-queued = Twoje ogłoszenie jest w drodze do { $count ->
        [one] jednego odbiorcy
        [few] { $count } odbiorców
        [many] { $count } odbiorców
       *[other] { $count } odbiorcy
    }.
announce-cancelled = Ogłoszenie nie zostało wysłane.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = Ogłoszenie od zespołu ds. strategii ruchu:

    { $text }
    { $link }
