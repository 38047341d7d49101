# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = Merci de vous proposer comme agent de liaison stratégique organisationnel pour votre groupe ! Vérifiez d'abord dans la liste si votre groupe en a déjà un : { $list }
    Suivent trois courtes questions ; vous pouvez arrêter à tout moment avec /cancel.
volunteer-group = Quel est le nom de votre groupe organisé (par exemple votre affilié ou votre groupe d'utilisateurs) ?
volunteer-language = Dans quelle langue votre groupe échange-t-il principalement ?
volunteer-contact = Comment l'équipe stratégique peut-elle vous joindre ? Par exemple, votre nom d'utilisateur sur Meta-Wiki ou une adresse e-mail.
volunteer-confirm = Vérifiez votre inscription :
    Groupe : { $group }
    Langue : { $language }
    Contact : { $contact }
    Je l'envoie ?
volunteer-send = Envoyer
volunteer-thanks = Merci ! L'équipe stratégique a bien reçu votre inscription et vous contactera.
# Sent to the bot's admins, each in their own language.
volunteer-notify = Nouvelle inscription comme agent de liaison stratégique organisationnel :
    Groupe : { $group }
    Langue : { $language }
    Contact : { $contact }
    Inscription via : { $platform }
