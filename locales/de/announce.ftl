# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = Nur Ansprechpersonen und Admins können Ankündigungen senden.
announce-ask-language = An die Abonnierenden welcher Sprache soll die Ankündigung gehen?
announce-all = Alle meine Sprachen
announce-ask-text = Schreib die Ankündigung, höchstens { $limit } Zeichen.
announce-ask-link = Einen Link hinzufügen? Sende ihn (beginnend mit https://) oder tippe auf „Überspringen“.
announce-bad-link = Das ist kein Link, der mit https:// beginnt. Sende einen Link oder tippe auf „Überspringen“.
announce-preview = Vorschau:

    { $text }

    Sie erreicht { $people ->
        [one] eine Person
       *[other] { $people } Personen
    } und { $channels ->
        [one] einen Kanal oder eine Gruppe
       *[other] { $channels } Kanäle oder Gruppen
    } (Telegram { $telegram }, Discord { $discord }). Jetzt senden?
announce-send = Jetzt senden
announce-cancel = Abbrechen
announce-queued = Deine Ankündigung ist unterwegs an { $count ->
        [one] einen Empfänger
       *[other] { $count } Empfänger
    }.
announce-cancelled = Die Ankündigung wurde nicht gesendet.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = Ankündigung vom Strategieteam der Bewegung:

    { $text }
    { $link }
