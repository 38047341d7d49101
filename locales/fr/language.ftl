# Choosing the language (/language).

language-choose = Choisissez votre langue.
# Said in the new language right after the user chose it.
language-set = C'est fait. Désormais, je vous parle en français.
language-unknown = Je ne connais pas le code de langue « { $code } ». Choisissez un bouton ou envoyez l'un de ces codes : { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = C'est fait. Désormais, je parle français dans ce groupe.
language-group-admin-only = Seuls les administrateurs de ce groupe peuvent changer sa langue. Pour choisir votre propre langue, envoyez /language dans une conversation privée avec moi.
