# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = تم. ستصلك الإعلانات باللغة { $language }. أرسل /unsubscribe لإيقافها.
subscribe-already = أنت تتلقى الإعلانات باللغة { $language } بالفعل.
unsubscribe-done = تم. لن تصلك الإعلانات باللغة { $language } بعد الآن.
unsubscribe-not = لم تكن تتلقى الإعلانات باللغة { $language }.
subscribe-group-admin-only = لا يستطيع اشتراك هذه المجموعة في الإعلانات أو إلغاء اشتراكها إلا مشرفوها.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = لا أعرف رمز اللغة «{ $code }». أرسل { $command } متبوعًا بأحد هذه الرموز: { $codes }
subscribe-group-done = تم. ستصل الإعلانات باللغة { $language } إلى هذه المجموعة.
unsubscribe-group-done = تم. لن تصل الإعلانات باللغة { $language } إلى هذه المجموعة بعد الآن.
