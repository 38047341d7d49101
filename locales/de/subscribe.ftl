# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = Erledigt. Du bekommst jetzt Ankündigungen für { $language }. Sende /unsubscribe, um sie abzubestellen.
subscribe-already = Du bekommst schon Ankündigungen für { $language }.
unsubscribe-done = Erledigt. Du bekommst keine Ankündigungen für { $language } mehr.
unsubscribe-not = Du hattest keine Ankündigungen für { $language } abonniert.
subscribe-group-admin-only = Nur die Admins dieser Gruppe können Ankündigungen für die Gruppe abonnieren oder abbestellen.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = Den Sprachcode „{ $code }“ kenne ich nicht. Sende { $command } gefolgt von einem dieser Codes: { $codes }
subscribe-group-done = Erledigt. Diese Gruppe bekommt jetzt Ankündigungen für { $language }.
unsubscribe-group-done = Erledigt. Diese Gruppe bekommt keine Ankündigungen für { $language } mehr.
