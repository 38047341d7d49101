# Choosing the language (/language).

language-choose = Elige tu idioma.
# Said in the new language right after the user chose it.
language-set = Hecho. A partir de ahora te hablaré en español.
language-unknown = No conozco el código de idioma «{ $code }». Elige un botón o envía uno de estos códigos: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = Hecho. A partir de ahora hablaré en español en este grupo.
language-group-admin-only = Solo los administradores de este grupo pueden cambiar su idioma. Para elegir tu propio idioma, envía /language en un chat privado conmigo.
