# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = Farite. Vi ricevos anoncojn en { $language }. Sendu /unsubscribe por ĉesi.
subscribe-already = Vi jam ricevas anoncojn en { $language }.
unsubscribe-done = Farite. Vi ne plu ricevos anoncojn en { $language }.
unsubscribe-not = Vi ne ricevadis anoncojn en { $language }.
subscribe-group-admin-only = Nur la administrantoj de ĉi tiu grupo povas aboni aŭ malaboni anoncojn por ĝi.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = Mi ne konas la lingvokodon „{ $code }“. Sendu { $command } sekvatan de unu el ĉi tiuj kodoj: { $codes }
subscribe-group-done = Farite. Ĉi tiu grupo ricevos anoncojn en { $language }.
unsubscribe-group-done = Farite. Ĉi tiu grupo ne plu ricevos anoncojn en { $language }.
