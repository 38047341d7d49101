# How to host a Strategy Salon (/salon).

salon-info = Saloanele de strategie (Strategy Salons) sunt întâlniri față în față la care organizațiile afiliate Wikimedia recunoscute discută despre strategia mișcării. Liderii afiliaților adună membri cât mai diverși din zona lor, pentru conversații aprofundate despre una sau două teme de strategie care îi interesează. Saloanele întăresc totodată relațiile dintre membri și îi implică mai mult.
    Interesul este mare: au fost aprobate 44 de granturi, dintre care 12 pentru evenimente dedicate tinerilor.
    Cum aplici și ce au făcut alții: { $link }
