# Choosing the language (/language).

language-choose = Wähle deine Sprache.
# Said in the new language right after the user chose it.
language-set = Erledigt. Ab jetzt spreche ich Deutsch mit dir.
language-unknown = Den Sprachcode „{ $code }“ kenne ich nicht. Wähle eine Schaltfläche oder sende einen dieser Codes: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = Erledigt. Ab jetzt spreche ich in dieser Gruppe Deutsch.
language-group-admin-only = Nur die Admins dieser Gruppe können ihre Sprache ändern. Um deine eigene Sprache zu wählen, sende /language im privaten Chat mit mir.
