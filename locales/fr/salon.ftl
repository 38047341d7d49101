# How to host a Strategy Salon (/salon).

salon-info = Les Salons stratégiques (Strategy Salons) sont des rencontres en présentiel où des affiliés Wikimedia reconnus discutent de la stratégie du mouvement. Leurs responsables réunissent des membres variés qui vivent dans leur région, pour approfondir un ou deux thèmes stratégiques qui les intéressent. Les salons renforcent aussi les liens et l'engagement des membres.
    L'intérêt est fort : 44 subventions ont été approuvées, dont 12 pour des événements destinés aux jeunes.
    Comment faire une demande et ce que d'autres ont déjà fait : { $link }
