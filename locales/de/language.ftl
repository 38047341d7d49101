# Choosing the language (/language).

language-choose = Wähle deine Sprache.
# Said in the new language right after the user chose it.
language-set = Erledigt. Ab jetzt spreche ich Deutsch mit dir.
language-unknown = Den Sprachcode „{ $code }“ kenne ich nicht. Wähle eine Schaltfläche oder sende einen dieser Codes: { $codes }
