# Choosing the language (/language).

language-choose = Elige tu idioma.
# Said in the new language right after the user chose it.
language-set = Hecho. A partir de ahora te hablaré en español.
language-unknown = No conozco el código de idioma «{ $code }». Elige un botón o envía uno de estos códigos: { $codes }
