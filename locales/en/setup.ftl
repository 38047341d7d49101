# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = Done. In this server I will speak English, and announcements go to { $channel }.
setup-not-allowed = Only members who may manage this server can set it up.
setup-server-only = This command sets up a server, so it works only in a server.
setup-bad-language = I do not know the language code “{ $code }”. Use one of these: { $codes }
