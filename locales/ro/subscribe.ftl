# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = Gata. Vei primi anunțuri în { $language }. Trimite /unsubscribe ca să te dezabonezi.
subscribe-already = Primești deja anunțuri în { $language }.
unsubscribe-done = Gata. Nu vei mai primi anunțuri în { $language }.
unsubscribe-not = Nu erai abonat la anunțuri în { $language }.
subscribe-group-admin-only = Doar administratorii acestui grup îl pot abona la anunțuri sau dezabona.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = Nu cunosc codul de limbă „{ $code }”. Trimite { $command } urmat de unul dintre aceste coduri: { $codes }
subscribe-group-done = Gata. Acest grup va primi anunțuri în { $language }.
unsubscribe-group-done = Gata. Acest grup nu va mai primi anunțuri în { $language }.
