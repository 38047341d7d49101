# What is stored (/privacy) and deleting it (/forget).

privacy-info = Mit tárolok rólad, és miért:
    • a felhasználói azonosítódat ezen a platformon és a választott nyelvedet, hogy a nyelveden válaszolhassak;
    • hogy hol tartasz egy lépésről lépésre haladó beszélgetésben, és a kérdőívet, amelyet valami más kedvéért félretettél, hogy később folytathasd;
    • a kérdőívre adott válaszaidat egy titkos kulccsal képzett álnevesített azonosító alatt, sosem a felhasználói azonosítóddal együtt;
    • ha kapcsolattartónak jelentkezel: a csoportodat, annak nyelvét és a megadott elérhetőségedet, a stratégiai csapat számára;
    • azokat a nyelveket, amelyeken bejelentéseket kapsz, és azokat a bejelentéseket, amelyek rád várnak, vagy amelyeket már elküldtem neked;
    • az /ask paranccsal egy embernek küldött kérdéseidet és a beszélgetés üzeneteit, hogy a válaszok eljussanak hozzád (a kapcsolattartók a kérdésedet és annak nyelvét látják, a felhasználói azonosítódat soha);
    • a /share paranccsal megosztott beszélgetési eredményeket;
    • azt a napot, amikor utoljára használtad a botot, hogy a havi jelentés mindenkit csak egyszer számoljon; maga a jelentés csak napokra és nyelvekre bontott számokat tartalmaz.
    Mindezt addig tárolom, amíg el nem küldöd a /forget parancsot, amely egyszerre mindent töröl, a még el nem küldött bejelentéseket is. A kapcsolattartóként írt bejelentéseid és eseményeid megmaradnak, de már nem látszik rajtuk, ki írta őket; a havi számok is megmaradnak, mert semmit sem tartalmaznak rólad. Nem tárolok felhasználóneveket, és nem őrzöm meg a többi üzeneted másolatát{ $logged ->
        [yes] , kivéve azokat a kérdéseket, amelyekre nem tudtam válaszolni, és azokat, amelyek válaszára 👎 érkezett: ezek szövegét 30 napig megőrzöm, a felhasználói azonosítód és bármi más nélkül, ami rád utalna, hogy a válaszok írói lássák, mi hiányzik.
       *[no] .
    }
forget-confirm = Biztosan törölni szeretnéd mindazt, amit rólad tárolok? Ezt nem lehet visszavonni.
forget-yes = Igen, törölj mindent
forget-no = Nem, maradjon
forget-done = Kész. Mindent töröltem, amit rólad tároltam ({ $count ->
        [one] egy bejegyzés
       *[other] { $count } bejegyzés
    }).
forget-kept = Rendben, semmit sem töröltem.
