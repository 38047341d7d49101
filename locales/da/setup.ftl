# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = Så er det gjort. På denne server taler jeg dansk, og meddelelser bliver slået op i { $channel }.
setup-not-allowed = Kun medlemmer, der må administrere denne server, kan sætte den op.
setup-server-only = Denne kommando sætter en server op, så den virker kun på en server.
setup-bad-language = Jeg kender ikke sprogkoden »{ $code }«. Brug en af disse: { $codes }
