# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = Tamam. Artık { $language } duyurularını alacaksın. Durdurmak için /unsubscribe gönder.
subscribe-already = { $language } duyurularını zaten alıyorsun.
unsubscribe-done = Tamam. Artık { $language } duyurularını almayacaksın.
unsubscribe-not = Zaten { $language } duyurularını almıyordun.
subscribe-group-admin-only = Bu grubu duyurulara yalnızca grup yöneticileri abone edebilir ya da aboneliğini iptal edebilir.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = “{ $code }” dil kodunu tanımıyorum. { $command } ve ardından şu kodlardan birini gönder: { $codes }
subscribe-group-done = Tamam. Bu grup artık { $language } duyurularını alacak.
unsubscribe-group-done = Tamam. Bu grup artık { $language } duyurularını almayacak.
