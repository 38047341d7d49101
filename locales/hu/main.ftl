# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = Elnézést, valami hiba történt nálam. Próbáld újra, vagy küldd el a /help parancsot.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = Elnézést, most nem tudok semmit elmenteni. Semmi sem veszett el abból, amit korábban elmondtál; próbáld újra néhány perc múlva.
error-too-long = Ez az üzenet túl hosszú nekem. Legfeljebb { $limit } karaktert küldj.
error-flood = Nagyon gyorsan küldöd az üzeneteket. Várj { $seconds ->
        [one] egy másodpercet
       *[other] { $seconds } másodpercet
    }, aztán próbáld újra.
error-button-expired = Ez a gomb már lejárt. Küldd el a /start parancsot, és kapsz egy új menüt.
error-unsupported = Csak szöveges üzeneteket és gombokat tudok olvasni. Küldd el a /help parancsot, és megnézheted, mit tudok.
error-private-only = A magánszférád védelmében ez a parancs ({ $command }) csak velem folytatott privát csevegésben működik. Nyiss egy privát csevegést, és ott küldd el.
fallback = Elnézést, ezt nem értettem. Küldd el a /help parancsot, és megnézheted, mit tudok.
unknown-command = Nem ismerem ezt a parancsot: { $command }. Küldd el a /help parancsot, és megnézheted, mit tudok.
cancel-done = Leállítottam. Most semmi sem fut.
cancel-nothing = Nincs mit megszakítani.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = Privát csevegés megnyitása
