# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte versuch es noch einmal oder sende /help.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = Entschuldigung, ich kann gerade nichts speichern. Nichts von dem, was du mir vorher gesagt hast, ist verloren gegangen; bitte versuch es in ein paar Minuten noch einmal.
error-too-long = Diese Nachricht ist mir zu lang. Bitte sende höchstens { $limit } Zeichen.
error-flood = Du sendest sehr schnell Nachrichten. Bitte warte { $seconds ->
        [one] eine Sekunde
       *[other] { $seconds } Sekunden
    } und versuch es dann noch einmal.
error-button-expired = Diese Schaltfläche ist abgelaufen. Sende /start, um ein neues Menü zu bekommen.
error-unsupported = Ich kann nur Textnachrichten und Schaltflächen lesen. Sende /help, um zu sehen, was ich kann.
error-private-only = Zum Schutz deiner Privatsphäre funktioniert { $command } nur im privaten Chat mit mir. Bitte öffne einen privaten Chat und sende den Befehl dort.
fallback = Das habe ich leider nicht verstanden. Sende /help, um zu sehen, was ich kann.
unknown-command = Den Befehl { $command } kenne ich nicht. Sende /help, um zu sehen, was ich kann.
cancel-done = Abgebrochen. Gerade läuft nichts mehr.
cancel-nothing = Es gibt nichts abzubrechen.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = Privaten Chat öffnen
