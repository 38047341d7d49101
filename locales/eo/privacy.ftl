# What is stored (/privacy) and deleting it (/forget).

privacy-info = Kion mi konservas pri vi, kaj kial:
    • vian uzantidentigilon en ĉi tiu platformo kaj la lingvon, kiun vi elektis, por ke mi povu respondi al vi en via lingvo;
    • kie vi estas en paŝo-post-paŝa konversacio, kaj enketon, kiun vi flankenmetis por fari ion alian, por ke vi povu daŭrigi poste;
    • viajn enketajn respondojn, sub pseŭdonima identigilo kalkulita per sekreta ŝlosilo, neniam kun via uzantidentigilo;
    • se vi volontulas kiel peranto: vian grupon, ĝian lingvon kaj la kontakton, kiun vi donas, por la strategia teamo;
    • la lingvojn, kies anoncojn vi ricevas, kaj la anoncojn, kiuj atendas vin aŭ jam estis senditaj al vi;
    • demandojn, kiujn vi sendas al homo per /ask, kaj la mesaĝojn de tiu konversacio, por ke la respondoj atingu vin (la perantoj vidas vian demandon kaj ĝian lingvon, neniam vian uzantidentigilon);
    • diskutrezultojn, kiujn vi kunhavigas per /share;
    • la tagon, kiam vi laste uzis la roboton, por ke la monata raporto kalkulu ĉiun personon nur unufoje; la raporto mem enhavas nur nombrojn po tago kaj lingvo.
    Mi konservas ĉion ĉi ĝis vi sendos /forget, kiu forigas ĉion samtempe, inkluzive de anoncoj ankoraŭ ne senditaj al vi. Anoncoj kaj eventoj, kiujn vi verkis kiel peranto, restas, sed ne plu montras, kiu verkis ilin; la monataj nombroj restas, ĉar ili enhavas nenion pri vi. Mi konservas nek uzantnomojn nek kopiojn de viaj aliaj mesaĝoj{ $logged ->
        [yes] , krom la demandoj, al kiuj mi ne povis respondi, kaj tiuj, kies respondo ricevis 👎: ilian tekston mi konservas dum 30 tagoj, sen via uzantidentigilo aŭ io ajn alia, kio montras al vi, por ke la homoj, kiuj verkas la respondojn, eksciu, kio mankas.
       *[no] .
    }
forget-confirm = Ĉu vi vere volas, ke mi forigu ĉion, kion mi konservas pri vi? Tio ne estas malfarebla.
forget-yes = Jes, forigu ĉion
forget-no = Ne, konservu
forget-done = Farite. Mi forigis ĉion, kion mi konservis pri vi ({ $count ->
        [one] unu registraĵo
       *[other] { $count } registraĵoj
    }).
forget-kept = Bone, nenio estis forigita.
