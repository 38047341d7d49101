# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = 登録しました。{ $language }のお知らせをお届けします。停止するには /unsubscribe を送ってください。
subscribe-already = { $language }のお知らせは、すでに受け取る設定になっています。
unsubscribe-done = 解除しました。今後、{ $language }のお知らせは届きません。
unsubscribe-not = { $language }のお知らせは、もともと受け取る設定になっていません。
subscribe-group-admin-only = このグループのお知らせの登録・解除ができるのは、グループの管理者だけです。
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = 言語コード「{ $code }」は分かりません。{ $command } のあとに次のコードのいずれかを付けて送ってください：{ $codes }
subscribe-group-done = 登録しました。このグループに{ $language }のお知らせをお届けします。
unsubscribe-group-done = 解除しました。今後、このグループには{ $language }のお知らせは届きません。
