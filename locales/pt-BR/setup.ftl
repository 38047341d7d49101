# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = Pronto! Neste servidor, vou falar português do Brasil, e os anúncios vão para { $channel }.
setup-not-allowed = Só membros com permissão para gerenciar este servidor podem configurá-lo.
setup-server-only = Este comando configura um servidor, então só funciona dentro de um servidor.
setup-bad-language = Não conheço o código de idioma “{ $code }”. Use um destes: { $codes }
