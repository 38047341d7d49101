# Choosing the language (/language).

language-choose = Escolha seu idioma.
# Said in the new language right after the user chose it.
language-set = Pronto! De agora em diante, vou falar com você em português do Brasil.
language-unknown = Não conheço o código de idioma “{ $code }”. Escolha um botão ou envie um destes códigos: { $codes }
