# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = انجام شد. از این پس اطلاعیه‌ها را به زبان { $language } دریافت می‌کنید. برای لغو آن، /unsubscribe را بفرستید.
subscribe-already = شما همین حالا هم اطلاعیه‌ها را به زبان { $language } دریافت می‌کنید.
unsubscribe-done = انجام شد. دیگر اطلاعیه‌ای به زبان { $language } دریافت نمی‌کنید.
unsubscribe-not = شما اطلاعیه‌های زبان { $language } را دریافت نمی‌کردید.
subscribe-group-admin-only = فقط مدیران این گروه می‌توانند آن را مشترک اطلاعیه‌ها کنند یا اشتراکش را لغو کنند.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = کد زبان «{ $code }» را نمی‌شناسم. لطفاً { $command } را همراه با یکی از این کدها بفرستید: { $codes }
subscribe-group-done = انجام شد. این گروه از این پس اطلاعیه‌ها را به زبان { $language } دریافت می‌کند.
unsubscribe-group-done = انجام شد. این گروه دیگر اطلاعیه‌ای به زبان { $language } دریافت نمی‌کند.
