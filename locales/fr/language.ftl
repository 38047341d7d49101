# Choosing the language (/language).

language-choose = Choisissez votre langue.
# Said in the new language right after the user chose it.
language-set = C'est fait. Désormais, je vous parle en français.
language-unknown = Je ne connais pas le code de langue « { $code } ». Choisissez un bouton ou envoyez l'un de ces codes : { $codes }
