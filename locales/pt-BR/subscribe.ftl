# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = Pronto! Você vai receber anúncios em { $language }. Envie /unsubscribe para parar de recebê-los.
subscribe-already = Você já recebe anúncios em { $language }.
unsubscribe-done = Pronto! Você não vai mais receber anúncios em { $language }.
unsubscribe-not = Você não estava recebendo anúncios em { $language }.
subscribe-group-admin-only = Só os administradores deste grupo podem inscrevê-lo nos anúncios ou cancelar a inscrição.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = Não conheço o código de idioma “{ $code }”. Envie { $command } seguido de um destes códigos: { $codes }
subscribe-group-done = Pronto! Este grupo vai receber anúncios em { $language }.
unsubscribe-group-done = Pronto! Este grupo não vai mais receber anúncios em { $language }.
