# What is stored (/privacy) and deleting it (/forget).

privacy-info = Kion mi konservas pri vi, kaj kial:
    • vian uzantidentigilon en ĉi tiu platformo kaj la lingvon, kiun vi elektis, por ke mi povu respondi al vi en via lingvo;
    • kie vi estas en paŝo-post-paŝa konversacio, por ke vi povu daŭrigi post paŭzo;
    • viajn enketajn respondojn, sub pseŭdonima identigilo kalkulita per sekreta ŝlosilo, neniam kun via uzantidentigilo;
    • se vi volontulas kiel peranto: vian grupon, ĝian lingvon kaj la kontakton, kiun vi donas, por la strategia teamo;
    • la lingvojn, kies anoncojn vi ricevas, kaj ĉu ĉiu anonco atingis vin.
    Mi konservas nek uzantnomojn nek kopiojn de viaj mesaĝoj. Sendu /forget por forigi ĉion, kion mi konservas pri vi.
forget-confirm = Ĉu vi vere volas, ke mi forigu ĉion, kion mi konservas pri vi? Tio ne estas malfarebla.
forget-yes = Jes, forigu ĉion
forget-no = Ne, konservu
forget-done = Farite. Mi forigis ĉion, kion mi konservis pri vi ({ $count ->
        [one] unu registraĵo
       *[other] { $count } registraĵoj
    }).
forget-kept = Bone, nenio estis forigita.
