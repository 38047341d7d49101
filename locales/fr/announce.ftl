# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = Seuls les agents de liaison et les administrateurs peuvent envoyer des annonces.
announce-ask-language = À quels abonnés l'annonce doit-elle être envoyée ? Choisissez leur langue.
announce-all = Toutes mes langues
announce-ask-text = Rédigez l'annonce, en { $limit } caractères au maximum.
announce-ask-link = Ajouter un lien ? Envoyez-le (il doit commencer par https://), ou appuyez sur « Passer ».
announce-bad-link = Ce n'est pas un lien commençant par https://. Envoyez un lien, ou appuyez sur « Passer ».
announce-preview = Aperçu :

    { $text }

    L'annonce atteindra { $people ->
        [one] { $people } personne
        [many] { $people } de personnes
       *[other] { $people } personnes
    } et { $channels ->
        [one] { $channels } canal ou groupe
        [many] { $channels } de canaux ou groupes
       *[other] { $channels } canaux ou groupes
    } (Telegram { $telegram }, Discord { $discord }). L'envoyer maintenant ?
announce-send = Envoyer maintenant
announce-cancel = Annuler
announce-queued = Votre annonce est en route vers { $count ->
        [one] { $count } destinataire
        [many] { $count } de destinataires
       *[other] { $count } destinataires
    }.
announce-cancelled = L'annonce n'a pas été envoyée.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = Annonce de l'équipe de la stratégie du mouvement :

    { $text }
    { $link }
