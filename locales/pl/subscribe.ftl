# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = Gotowe. Będziesz otrzymywać ogłoszenia w języku: { $language }. Aby zrezygnować, wyślij /unsubscribe.
subscribe-already = Już otrzymujesz ogłoszenia w języku: { $language }.
unsubscribe-done = Gotowe. Nie będziesz już otrzymywać ogłoszeń w języku: { $language }.
unsubscribe-not = Nie masz subskrypcji ogłoszeń w języku: { $language }.
subscribe-group-admin-only = Tylko administratorzy tej grupy mogą zapisać ją na ogłoszenia albo ją z nich wypisać.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = Nie znam kodu języka „{ $code }”. Wyślij { $command }, a po nim jeden z tych kodów: { $codes }
subscribe-group-done = Gotowe. Ta grupa będzie otrzymywać ogłoszenia w języku: { $language }.
unsubscribe-group-done = Gotowe. Ta grupa nie będzie już otrzymywać ogłoszeń w języku: { $language }.
