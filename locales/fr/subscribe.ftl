# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = C'est fait. Vous recevrez les annonces en { $language }. Envoyez /unsubscribe pour ne plus les recevoir.
subscribe-already = Vous recevez déjà les annonces en { $language }.
unsubscribe-done = C'est fait. Vous ne recevrez plus les annonces en { $language }.
unsubscribe-not = Vous ne receviez pas les annonces en { $language }.
subscribe-group-admin-only = Seuls les administrateurs de ce groupe peuvent l'abonner aux annonces ou le désabonner.
subscribe-group-done = C'est fait. Ce groupe recevra les annonces en { $language }.
unsubscribe-group-done = C'est fait. Ce groupe ne recevra plus les annonces en { $language }.
