# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = Hecho. En este servidor hablaré en español, y los anuncios se publicarán en { $channel }.
setup-not-allowed = Solo los miembros que pueden gestionar este servidor pueden configurarlo.
setup-server-only = Este comando configura un servidor, así que solo funciona dentro de un servidor.
setup-bad-language = No conozco el código de idioma «{ $code }». Usa uno de estos: { $codes }
