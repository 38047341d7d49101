# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = Kész. Mostantól megkapod a bejelentéseket ezen a nyelven: { $language }. Ha le szeretnél iratkozni, küldd el az /unsubscribe parancsot.
subscribe-already = Már megkapod a bejelentéseket ezen a nyelven: { $language }.
unsubscribe-done = Kész. Mostantól nem kapsz bejelentéseket ezen a nyelven: { $language }.
unsubscribe-not = Eddig sem kaptál bejelentéseket ezen a nyelven: { $language }.
subscribe-group-admin-only = Csak a csoport adminisztrátorai iratkoztathatják fel a csoportot a bejelentésekre, illetve iratkoztathatják le róluk.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = Nem ismerem ezt a nyelvkódot: „{ $code }”. Küldd el a parancsot ({ $command }) az alábbi kódok egyikével: { $codes }
subscribe-group-done = Kész. Ez a csoport mostantól megkapja a bejelentéseket ezen a nyelven: { $language }.
unsubscribe-group-done = Kész. Ez a csoport mostantól nem kap bejelentéseket ezen a nyelven: { $language }.
