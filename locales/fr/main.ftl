# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = Désolé, un problème est survenu de mon côté. Réessayez ou envoyez /help.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = Désolé, je ne peux rien enregistrer pour le moment. Rien de ce que vous m'avez dit auparavant n'a été perdu ; réessayez dans quelques minutes.
error-too-long = Ce message est trop long pour moi. Envoyez au maximum { $limit } caractères.
error-flood = Vous envoyez des messages très rapidement. Attendez { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } puis réessayez.
error-button-expired = Ce bouton a expiré. Envoyez /start pour obtenir un nouveau menu.
error-unsupported = Je ne sais lire que les messages texte et les boutons. Envoyez /help pour voir ce que je sais faire.
error-private-only = Pour protéger votre vie privée, { $command } ne fonctionne que dans une conversation privée avec moi. Ouvrez une conversation privée et envoyez la commande là-bas.
fallback = Désolé, je n'ai pas compris. Envoyez /help pour voir ce que je sais faire.
unknown-command = Je ne connais pas la commande { $command }. Envoyez /help pour voir ce que je sais faire.
cancel-done = C'est arrêté. Plus rien n'est en cours.
cancel-nothing = Il n'y a rien à annuler.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = Discuter en privé
