# Choosing the language (/language).

language-choose = Escolhe a tua língua.
# Said in the new language right after the user chose it.
language-set = Feito. A partir de agora, falo contigo em português.
language-unknown = Não conheço o código de língua «{ $code }». Escolhe um botão ou envia um destes códigos: { $codes }
