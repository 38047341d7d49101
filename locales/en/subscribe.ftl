# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = Done. You will receive announcements in { $language }. Send /unsubscribe to stop.
subscribe-already = You already receive announcements in { $language }.
unsubscribe-done = Done. You will no longer receive announcements in { $language }.
unsubscribe-not = You were not receiving announcements in { $language }.
subscribe-group-admin-only = Only the admins of this group can subscribe it to announcements or unsubscribe it.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = I do not know the language code “{ $code }”. Send { $command } followed by one of these codes: { $codes }
subscribe-group-done = Done. This group will receive announcements in { $language }.
unsubscribe-group-done = Done. This group will no longer receive announcements in { $language }.
