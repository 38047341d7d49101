# How to start a discussion of your own (/discuss).

discuss-info = Ĉu ne estas diskuto pri via temo, aŭ en la kanalo, kie vi plej aktivas? Komencu ĝin mem:
    • Uzu la Ilaron por Komunumaj Konversacioj (Community Conversations Toolkit) kiel gvidilon: { $toolkit }
    • Traduku la temdifinajn dokumentojn en vian lingvon: { $scoping }
    • Provu la Konversaciajn Startigilojn (Conversation Starters), diskutgvidilon pri la fortoj, kiuj pelas ŝanĝojn: { $starters }
    • Por subteno, kaj por kunhavigi la rezultojn de via diskuto, kontaktu la Specialiston pri Komunumaj Rilatoj aŭ Komunuman Strategian Peranton (/liaison).
