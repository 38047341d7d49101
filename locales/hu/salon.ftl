# How to host a Strategy Salon (/salon).

salon-info = A stratégiai szalonok személyes találkozók, ahol elismert Wikimédia-partnerszervezetek beszélgetnek a mozgalom stratégiájáról. A szervezetek vezetői a környékükön élő tagok széles körét hívják össze, hogy alaposabban megbeszéljenek egy-két őket érdeklő stratégiai témát. A szalonok a kapcsolatokat is erősítik, és elmélyítik a tagok részvételét.
    Nagy az érdeklődés: 44 támogatást hagytak jóvá, ebből 12 ifjúsági rendezvényekre szól.
    Hogyan pályázhatsz, és mit csináltak mások: { $link }
