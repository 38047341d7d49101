# How to start a discussion of your own (/discuss).

discuss-info = Nincs beszélgetés a témádról, vagy azon a csatornán, ahol a legaktívabb vagy? Indíts egyet te magad:
    • Útmutatóként használd a Közösségi beszélgetések eszköztárát (Community Conversations Toolkit): { $toolkit }
    • Fordítsd le a témakijelölő dokumentumokat a nyelvedre: { $scoping }
    • Próbáld ki a Beszélgetésindítókat (Conversation Starters), ezt a változás hajtóerőiről szóló beszélgetési útmutatót: { $starters }
    • Ha segítség kell, vagy meg szeretnéd osztani a beszélgetésed eredményeit, fordulj a közösségi kapcsolatokért felelős szakemberhez vagy egy közösségi stratégiai kapcsolattartóhoz (/liaison).
