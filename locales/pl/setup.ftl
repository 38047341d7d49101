# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = Gotowe. Na tym serwerze będę mówić po polsku, a ogłoszenia będą się pojawiać na kanale { $channel }.
setup-not-allowed = Tylko członkowie, którzy mogą zarządzać tym serwerem, mogą go skonfigurować.
setup-server-only = To polecenie konfiguruje serwer, więc działa tylko na serwerze.
setup-bad-language = Nie znam kodu języka „{ $code }”. Użyj jednego z tych kodów: { $codes }
