# Choosing the language (/language).

language-choose = Escolhe a tua língua.
# Said in the new language right after the user chose it.
language-set = Feito. A partir de agora, falo contigo em português.
language-unknown = Não conheço o código de língua «{ $code }». Escolhe um botão ou envia um destes códigos: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = Feito. A partir de agora, falo português neste grupo.
language-group-admin-only = Só os administradores deste grupo podem mudar a língua dele. Para escolheres a tua própria língua, envia /language numa conversa privada comigo.
