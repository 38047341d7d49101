# Choosing the language (/language).

language-choose = Escolha seu idioma.
# Said in the new language right after the user chose it.
language-set = Pronto! De agora em diante, vou falar com você em português do Brasil.
language-unknown = Não conheço o código de idioma “{ $code }”. Escolha um botão ou envie um destes códigos: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = Pronto! De agora em diante, vou falar português do Brasil neste grupo.
language-group-admin-only = Só os administradores deste grupo podem mudar o idioma dele. Para escolher o seu próprio idioma, envie /language em um chat privado comigo.
