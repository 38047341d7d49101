# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = Gata. Pe acest server voi vorbi în română, iar anunțurile vor apărea în { $channel }.
setup-not-allowed = Doar membrii care au dreptul să gestioneze acest server îl pot configura.
setup-server-only = Această comandă configurează un server, deci funcționează doar pe un server.
setup-bad-language = Nu cunosc codul de limbă „{ $code }”. Folosește unul dintre acestea: { $codes }
