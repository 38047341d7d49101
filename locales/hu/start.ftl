# The greeting and the main menu (/start).

start-greeting = Szia! A Wikimédia-mozgalom stratégiájának Participate botja vagyok. Válaszolok a stratégiai beszélgetésekkel kapcsolatos kérdésekre, megmutatom, ki a kapcsolattartó a nyelvedhez, és elmagyarázom, hogyan szervezhetsz stratégiai szalont, vagy hogyan indíthatsz saját beszélgetést. Válassz lent, vagy egyszerűen írd be a kérdésedet.
menu-faq = Kérdések és válaszok
menu-liaison = A kapcsolattartóm
menu-salon = Stratégiai szalon szervezése
menu-discuss = Beszélgetés indítása
menu-survey = Kérdőív kitöltése
menu-volunteer = Jelentkezés kapcsolattartónak
menu-events = Események
menu-subscribe = Bejelentések
menu-language = Nyelv
menu-privacy = Adatvédelem
menu-help = Súgó
