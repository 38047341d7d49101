# Choosing the language (/language).

language-choose = Wybierz język.
# Said in the new language right after the user chose it.
language-set = Gotowe. Od teraz będę rozmawiać z tobą po polsku.
language-unknown = Nie znam kodu języka „{ $code }”. Wybierz przycisk albo wyślij jeden z tych kodów: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = Gotowe. Od teraz w tej grupie będę mówić po polsku.
language-group-admin-only = Tylko administratorzy tej grupy mogą zmienić jej język. Aby wybrać własny język, wyślij /language w prywatnym czacie ze mną.
