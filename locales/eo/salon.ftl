# How to host a Strategy Salon (/salon).

salon-info = Strategiaj Salonoj (Strategy Salons) estas ĉeestaj renkontiĝoj, en kiuj agnoskitaj Vikimediaj afiliitoj diskutas pri la strategio de la movado. La gvidantoj de afiliito kunvenigas diversajn membrojn, kiuj loĝas en ilia regiono, por pli profundaj konversacioj pri unu aŭ du strategiaj temoj, kiuj interesas ilin. La salonoj ankaŭ plifortigas la rilatojn kaj profundigas la engaĝiĝon de la membroj.
    La intereso estas granda: 44 subvencioj estas aprobitaj, el kiuj 12 por junularaj aranĝoj.
    Kiel kandidatiĝi kaj kion aliaj jam faris: { $link }
