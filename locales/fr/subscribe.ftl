# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = C'est fait. Vous recevrez les annonces en { $language }. Envoyez /unsubscribe pour ne plus les recevoir.
subscribe-already = Vous recevez déjà les annonces en { $language }.
unsubscribe-done = C'est fait. Vous ne recevrez plus les annonces en { $language }.
unsubscribe-not = Vous ne receviez pas les annonces en { $language }.
subscribe-group-admin-only = Seuls les administrateurs de ce groupe peuvent l'abonner aux annonces ou le désabonner.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = Je ne connais pas le code de langue « { $code } ». Envoyez { $command } suivi de l'un de ces codes : { $codes }
subscribe-group-done = C'est fait. Ce groupe recevra les annonces en { $language }.
unsubscribe-group-done = C'est fait. Ce groupe ne recevra plus les annonces en { $language }.
