# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = Feito. Vais receber anúncios em { $language }. Envia /unsubscribe para deixares de os receber.
subscribe-already = Já recebes anúncios em { $language }.
unsubscribe-done = Feito. Deixas de receber anúncios em { $language }.
unsubscribe-not = Não estavas a receber anúncios em { $language }.
subscribe-group-admin-only = Só os administradores deste grupo podem subscrever os anúncios para o grupo ou cancelar a subscrição.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = Não conheço o código de língua «{ $code }». Envia { $command } seguido de um destes códigos: { $codes }
subscribe-group-done = Feito. Este grupo vai receber anúncios em { $language }.
unsubscribe-group-done = Feito. Este grupo deixa de receber anúncios em { $language }.
