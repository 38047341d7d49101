# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = Farite. En ĉi tiu servilo mi parolos en Esperanto, kaj anoncoj aperos en { $channel }.
setup-not-allowed = Nur membroj, kiuj rajtas administri ĉi tiun servilon, povas agordi ĝin.
setup-server-only = Ĉi tiu komando agordas servilon, do ĝi funkcias nur en servilo.
setup-bad-language = Mi ne konas la lingvokodon „{ $code }“. Uzu unu el ĉi tiuj: { $codes }
