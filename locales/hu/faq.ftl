# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = Ezekről a témákról tudok válaszolni. Válassz egyet, vagy írd le a kérdésedet a saját szavaiddal.
faq-no-match = Erre nem találtam választ. Ezeket a témákat ismerem. Minden másban a kapcsolattartód tud segíteni: küldd el a /liaison parancsot.
faq-more = További kérdések
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = Nem vagyok benne biztos, hogy ezek közül melyik témára gondolsz. Válassz egyet, vagy kérdezz újra más szavakkal.
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 Hasznos
faq-unhelpful = 👎 Nem hasznos
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = Az emberek által feltett kérdéseket csak a kapcsolattartók és az adminisztrátorok láthatják.
unanswered-none = Az elmúlt 30 napban nem volt olyan kérdés ({ $languages }), amely megválaszolatlan maradt, vagy amelynek a válaszára 👎 érkezett.
unanswered-list = Az elmúlt 30 nap kérdései ({ $languages }), amelyekre nem tudtam válaszolni, vagy amelyek válaszára 👎 érkezett (a legutóbbi { $count }):
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language }: { $question }
unanswered-line-unhelpful = • { $language }: { $question } (👎 erre: „{ $topic }”)

faq-salon-what-title = Mi az a stratégiai szalon?
faq-salon-what-answer = A stratégiai szalon (Strategy Salon) személyes találkozó, amelyet egy elismert Wikimédia-partnerszervezet rendez, hogy a mozgalom stratégiájáról beszélgessenek. A szervezet vezetői a környékükön élő tagok széles körét hívják össze, hogy alaposabban megbeszéljenek egy-két őket érdeklő stratégiai témát. Szalont csak elismert partnerszervezet rendezhet; küldd el a /salon parancsot, és megtudod, hogyan.
faq-salon-what-keywords = szalon, stratégiai szalon, salon, találkozó, összejövetel, meetup, személyes, személyesen, élőben, rendez, szervez, házigazda, vendéglát, partnerszervezet, egyesület, fiókszervezet, chapter, felhasználói csoport, user group, szemtől szemben, szalonon, szalonok

faq-salon-grants-title = Hány támogatást kaptak a stratégiai szalonok?
faq-salon-grants-answer = Nagy az érdeklődés, és sok partnerszervezet pályázott: összesen 44 támogatást hagytak jóvá stratégiai szalonokra, és ebből 12 ifjúsági rendezvényekre szól.
faq-salon-grants-keywords = támogatás, támogatást, pénzügyi, ösztöndíj, grant, pénz, finanszíroz, költségvetés, jóváhagy, elfogad, nyertes, pályáz, hány, mennyi, ifjúság, ifjúsági, fiatal, 44, 12

faq-csl-title = Kik a közösségi stratégiai kapcsolattartók?
faq-csl-answer = Hét nyelvi közösség számára alkalmaztak közösségi stratégiai kapcsolattartókat (Community Strategy Liaisons), akik a wikin és a közösségi médiában vezetik a stratégiai beszélgetéseket: mandarin, hindi, arab, német, portugál, francia és spanyol. Küldd el a /liaison parancsot, és megtalálod a nyelvedhez tartozót.
faq-csl-keywords = kapcsolattartó, közösségi stratégiai kapcsolattartó, liaison, community strategy liaison, csl, alkalmaz, munkatárs, koordinátor, moderátor, mandarin, kínai, hindi, arab, német, portugál, francia, spanyol, hét nyelv, melyik nyelv, milyen nyelv, nyelvem

faq-osl-title = Mi az a szervezeti stratégiai kapcsolattartó?
faq-osl-answer = A szervezeti stratégiai kapcsolattartók (Organizational Strategy Liaisons) önkéntesek, akik szervezett csoportokon belül vezetik a stratégiai beszélgetéseket, például partnerszervezetekben és a mozgalom más csoportjaiban. A listán megnézheted, van-e már ilyen a csoportodnak: { $link }
faq-osl-keywords = szervezeti, szervezet, szervezett csoport, organizational strategy liaison, osl, önkéntes kapcsolattartó, csoport, csoportunk, csoportom, egyesületünk, egyesületen belül, belül, belső, lista, listája, kapcsolattartók listája

faq-volunteer-title = Hogyan jelentkezhetek kapcsolattartónak a csoportom számára?
faq-volunteer-answer = Ha a szervezett csoportodnak még nincs szervezeti stratégiai kapcsolattartója, önkéntesként jelentkezhetsz erre a szerepre. Előbb nézd meg a listán, hogy van-e már ilyen a csoportodnak, aztán itt iratkozz fel: { $link }
faq-volunteer-keywords = önkéntes, önkénteskedés, jelentkez, feliratkoz, regisztrál, beiratkoz, kapcsolattartó lehetek, kapcsolattartó legyek, lehetnék, szeretnék lenni, vállal, képvisel, volunteer, sign up, jelöl, szerepet, lehetek, lehetek én

faq-join-title = Hogyan kapcsolódhatok be a folyamatban lévő beszélgetésekbe?
faq-join-answer = A beszélgetések szervezett csoportokban és nyelvi közösségekben zajlanak, sok nyelven. Tudd meg, mely csatornákat részesíti előnyben a csoportod vagy a nyelvi közösséged; a kapcsolattartók a wikin és a közösségi médiában vezetik ezeket a beszélgetéseket. Küldd el a /liaison parancsot, és megtalálod a tiédet.
faq-join-keywords = bekapcsolód, kapcsolód, bekapcsol, csatlakoz, részt venni, részt vehetek, részvétel, hozzászól, folyamatban, meglévő, jelenlegi, zajló, hol folyik, hol zajlik, csatorna, csevegőcsoport, közösségi média, social media, facebook, vitalap, wikin, on-wiki, beszáll, részt, vehetek részt

faq-start-title = Hogyan indíthatok saját beszélgetést?
faq-start-answer = Ha nem látsz beszélgetést a témádról vagy azon a csatornán, ahol a legaktívabb vagy, indíts egyet te magad: útmutatóként használd a Közösségi beszélgetések eszköztárát (Community Conversations Toolkit), fordítsd le a témakijelölő dokumentumokat a nyelvedre, és oszd meg az eredményeket a közösségi kapcsolatokért felelős szakemberrel vagy egy közösségi stratégiai kapcsolattartóval. A linkekért küldd el a /discuss parancsot.
faq-start-keywords = indíthat, indítani, indítsak, elindít, saját beszélgetés, saját vita, saját, magam, egyedül, önállóan, kezdeményez, elkezd, kezdeni, új beszélgetés, új vita, levezet, beszélgetést szervez, magunk

faq-toolkit-title = Mi a Közösségi beszélgetések eszköztára?
faq-toolkit-answer = A Közösségi beszélgetések eszköztára (Community Conversations Toolkit) útmutató azoknak, akik a saját közösségükben szeretnének stratégiai beszélgetést indítani: hogyan lehet egy beszélgetést előkészíteni, levezetni és beszámolni róla. Itt találod: { $link }
faq-toolkit-keywords = eszköztár, toolkit, tool kit, eszköz, útmutató, kézikönyv, segédlet, segédanyag, anyag, forrás, sablon, tipp, előkészít, felkészül, módszer, ellenőrzőlista, közösségi beszélgetések, community conversations, hogyan vezessek

faq-translate-title = Hogyan fordíthatom le a témakijelölő dokumentumokat?
faq-translate-answer = A témakijelölő dokumentumok (scoping documents) a stratégiai beszélgetések témáit írják le. Ha lefordítod őket a nyelvedre, a közösséged könnyebben bekapcsolódhat. A dokumentumok és a fordítás módja: { $link }
faq-translate-keywords = fordít, fordítás, lefordít, fordító, translate, translation, scoping, témakijelölő, dokumentum, magyarra, magyar nyelv, magyar változat, a nyelvemre, lokalizál, honosít, nyelvi változat, translatewiki, magyarul, magyar nyelven

faq-starters-title = Mik azok a Beszélgetésindítók (Conversation Starters)?
faq-starters-answer = A „Beszélgetésindítók: Hajtóerők” (Conversation Starters: Drivers) prezentáció formájában készült beszélgetési útmutató, amely új módokat kínál arra, hogyan gondolkodhatnak a közösségek a stratégiáról. Egyes diáit külön oldalon magyarázzák el. Az útmutató: { $link }
faq-starters-keywords = beszélgetésindító, conversation starters, starter, indító kérdés, hajtóerő, drivers, driver, prezentáció, bemutató, diák, dia, diasor, slides, powerpoint, beszélgetési útmutató, jégtörő, gondolatébresztő, változás

faq-survey-title = Hogyan mondhatom el a véleményemet a kérdőívben?
faq-survey-answer = A kérdőívvel közvetlenül megoszthatod a visszajelzésedet a stratégiai csapattal. Küldd el a /survey parancsot, és itt, a csevegésben kitöltheted, vagy nyisd meg a weben: { $link }
faq-survey-keywords = kérdőív, felmérés, survey, visszajelz, feedback, vélemény, szavaz, űrlap, kitölt, válaszol, elmondani, mit gondolok, javaslat, kritika, poll, közvélemény, észrevétel, visszajelzés, visszajelzést adni, véleményt mondani

faq-phase-title = Mikor kezdődik a következő szakasz?
faq-phase-answer = A közösségi beszélgetések következő szakasza januárban kezdődik.
faq-phase-keywords = következő szakasz, szakasz, fázis, mikor, ütemterv, menetrend, időpont, január, következő lépés, kezdődik, kezdés, dátum, határidő, naptár, következő kör, folytatás, folytatód, hamarosan, mi lesz most

faq-reports-title = Hol olvashatom a rendezvények beszámolóit és a havi jelentéseket?
faq-reports-answer = A 2019 júniusa és szeptembere között tartott közösségi rendezvények beszámolói és a havi jelentések a Participate oldalon vannak összegyűjtve: { $link }
faq-reports-keywords = beszámoló, jelentés, havi, havi jelentés, rendezvény, eredmény, összefoglal, jegyzőkönyv, emlékeztető, június, szeptember, 2019, mi történt, mi lett, olvasni, elolvas, kiértékel, report

faq-support-title = Ki segíthet nekem, és kinek szóljak a beszélgetésünk eredményeiről?
faq-support-answer = A közösségi kapcsolatokért felelős szakember és a közösségi stratégiai kapcsolattartók segítik azokat, akik beszélgetéseket vezetnek, és összegyűjtik az eredményeket. Oszd meg velük az eredményeidet, vagy kérj tőlük segítséget. Küldd el a /liaison parancsot, és megtalálod a kapcsolattartódat.
faq-support-keywords = segít, segítség, segíteni, ki tud segíteni, ki segít, kapcsolat, elér, e-mail, email, kitől kérdezhetek, kit kérdezzek, kérdezni valakit, szakember, közösségi kapcsolatok, community relations, specialist, eredmények megosztása, eredményeinket, megoszt, beküld, tanács, fordul, kihez, kinek, küldjem, elküld

faq-faqpage-title = Hol találom a közösségi beszélgetésekről szóló teljes GYIK-et?
faq-faqpage-answer = A GYIK-oldalon (FAQ) egy külön szakasz válaszol a közösségi beszélgetésekkel kapcsolatos kérdésekre: { $link }
faq-faqpage-keywords = gyik, faq, gyakran ismételt, gyakori kérdés, kérdések oldal, teljes gyik, több kérdés, további kérdés, más kérdés, egyéb kérdés, kérdések és válaszok, válaszok, dokumentáció, több információ, további információ, bővebben, részletek
