# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = Så er det gjort. Du får nu meddelelser for { $language }. Send /unsubscribe for at stoppe dem.
subscribe-already = Du får allerede meddelelser for { $language }.
unsubscribe-done = Så er det gjort. Du får ikke længere meddelelser for { $language }.
unsubscribe-not = Du fik ikke meddelelser for { $language }.
subscribe-group-admin-only = Kun administratorerne i denne gruppe kan tilmelde gruppen meddelelser eller afmelde den igen.
subscribe-group-done = Så er det gjort. Denne gruppe får nu meddelelser for { $language }.
unsubscribe-group-done = Så er det gjort. Denne gruppe får ikke længere meddelelser for { $language }.
