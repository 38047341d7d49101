# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = Beklager, der gik noget galt hos mig. Prøv igen, eller send /help.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = Beklager, jeg kan ikke gemme noget lige nu. Intet af det, du har fortalt mig før, er gået tabt; prøv igen om et par minutter.
error-too-long = Den besked er for lang til mig. Send højst { $limit } tegn.
error-flood = Du sender beskeder meget hurtigt. Vent { $seconds ->
        [one] et sekund
       *[other] { $seconds } sekunder
    }, og prøv så igen.
error-button-expired = Denne knap er udløbet. Send /start for at få en ny menu.
error-unsupported = Jeg kan kun læse tekstbeskeder og knapper. Send /help for at se, hvad jeg kan.
error-private-only = Af hensyn til dit privatliv virker { $command } kun i en privat chat med mig. Åbn en privat chat, og send kommandoen der.
fallback = Beklager, det forstod jeg ikke. Send /help for at se, hvad jeg kan.
unknown-command = Jeg kender ikke kommandoen { $command }. Send /help for at se, hvad jeg kan.
cancel-done = Stoppet. Der kører ikke noget lige nu.
cancel-nothing = Der er ikke noget at afbryde.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = Åbn en privat chat
