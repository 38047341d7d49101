# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = Feito. Neste servidor, vou falar português, e os anúncios vão para { $channel }.
setup-not-allowed = Só os membros com permissão para gerir este servidor o podem configurar.
setup-server-only = Este comando configura um servidor, por isso só funciona num servidor.
setup-bad-language = Não conheço o código de língua «{ $code }». Usa um destes: { $codes }
