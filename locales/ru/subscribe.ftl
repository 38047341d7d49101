# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = Готово. Теперь вы будете получать объявления на языке { $language }. Чтобы отписаться, отправьте /unsubscribe.
subscribe-already = Вы уже получаете объявления на языке { $language }.
unsubscribe-done = Готово. Вы больше не будете получать объявления на языке { $language }.
unsubscribe-not = Вы не были подписаны на объявления на языке { $language }.
subscribe-group-admin-only = Подписать эту группу на объявления или отписать её могут только администраторы группы.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = Я не знаю код языка «{ $code }». Отправьте { $command } и после него один из этих кодов: { $codes }
subscribe-group-done = Готово. Эта группа будет получать объявления на языке { $language }.
unsubscribe-group-done = Готово. Эта группа больше не будет получать объявления на языке { $language }.
