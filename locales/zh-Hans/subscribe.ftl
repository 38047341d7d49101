# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = 好的。你将收到{ $language }的公告。发送 /unsubscribe 可停止接收。
subscribe-already = 你已经在接收{ $language }的公告了。
unsubscribe-done = 好的。你将不再收到{ $language }的公告。
unsubscribe-not = 你之前并没有接收{ $language }的公告。
subscribe-group-admin-only = 只有本群组的管理员可以为群组订阅或取消订阅公告。
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = 我不认识语言代码“{ $code }”。请发送 { $command }，并在后面加上以下代码之一：{ $codes }
subscribe-group-done = 好的。本群组将收到{ $language }的公告。
unsubscribe-group-done = 好的。本群组将不再收到{ $language }的公告。
