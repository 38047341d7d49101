# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = Så er det gjort. Du får nu meddelelser på { $language }. Send /unsubscribe for at stoppe dem.
subscribe-already = Du får allerede meddelelser på { $language }.
unsubscribe-done = Så er det gjort. Du får ikke længere meddelelser på { $language }.
unsubscribe-not = Du fik ikke meddelelser på { $language }.
subscribe-group-admin-only = Kun administratorerne i denne gruppe kan tilmelde gruppen meddelelser eller afmelde den igen.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = Jeg kender ikke sprogkoden »{ $code }«. Send { $command } efterfulgt af en af disse koder: { $codes }
subscribe-group-done = Så er det gjort. Denne gruppe får nu meddelelser på { $language }.
unsubscribe-group-done = Så er det gjort. Denne gruppe får ikke længere meddelelser på { $language }.
