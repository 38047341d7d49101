# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = Köszönöm, hogy jelentkezel a csoportod szervezeti stratégiai kapcsolattartójának! Előbb nézd meg a listán, hogy van-e már ilyen a csoportodnak: { $list }
    Három rövid kérdés következik; a /cancel paranccsal bármikor kiléphetsz.
volunteer-group = Mi a szervezett csoportod neve (például a partnerszervezeted vagy a felhasználói csoportod)?
volunteer-language = Milyen nyelven beszél leginkább a csoportod?
volunteer-contact = Hogyan érhet el a stratégiai csapat? Például a Meta-Wikin használt felhasználóneveden vagy egy e-mail-címen.
volunteer-confirm = Kérlek, ellenőrizd a jelentkezésedet:
    Csoport: { $group }
    Nyelv: { $language }
    Elérhetőség: { $contact }
    Elküldhetem?
volunteer-send = Küldés
volunteer-thanks = Köszönöm! A stratégiai csapat megkapta a jelentkezésedet, és felveszi veled a kapcsolatot.
# Sent to the bot's admins, each in their own language.
volunteer-notify = Új jelentkezés szervezeti stratégiai kapcsolattartónak:
    Csoport: { $group }
    Nyelv: { $language }
    Elérhetőség: { $contact }
    Jelentkezés platformja: { $platform }
