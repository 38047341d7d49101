# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = Erledigt. Auf diesem Server spreche ich Deutsch, und Ankündigungen erscheinen in { $channel }.
setup-not-allowed = Nur Mitglieder, die diesen Server verwalten dürfen, können ihn einrichten.
setup-server-only = Dieser Befehl richtet einen Server ein und funktioniert daher nur auf einem Server.
setup-bad-language = Den Sprachcode „{ $code }“ kenne ich nicht. Verwende einen dieser Codes: { $codes }
