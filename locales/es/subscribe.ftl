# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = Hecho. Recibirás anuncios en { $language }. Envía /unsubscribe para dejar de recibirlos.
subscribe-already = Ya recibes anuncios en { $language }.
unsubscribe-done = Hecho. Ya no recibirás anuncios en { $language }.
unsubscribe-not = No estabas recibiendo anuncios en { $language }.
subscribe-group-admin-only = Solo los administradores de este grupo pueden suscribirlo a los anuncios o cancelar su suscripción.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = No conozco el código de idioma «{ $code }». Envía { $command } seguido de uno de estos códigos: { $codes }
subscribe-group-done = Hecho. Este grupo recibirá anuncios en { $language }.
unsubscribe-group-done = Hecho. Este grupo ya no recibirá anuncios en { $language }.
