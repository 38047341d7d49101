# Choosing the language (/language).

language-choose = Wybierz język.
# Said in the new language right after the user chose it.
language-set = Gotowe. Od teraz będę rozmawiać z tobą po polsku.
language-unknown = Nie znam kodu języka „{ $code }”. Wybierz przycisk albo wyślij jeden z tych kodów: { $codes }
