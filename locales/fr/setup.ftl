# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = C'est fait. Sur ce serveur, je parlerai français, et les annonces seront publiées dans { $channel }.
setup-not-allowed = Seuls les membres autorisés à gérer ce serveur peuvent le configurer.
setup-server-only = Cette commande configure un serveur : elle ne fonctionne donc que sur un serveur.
setup-bad-language = Je ne connais pas le code de langue « { $code } ». Utilisez l'un de ceux-ci : { $codes }
