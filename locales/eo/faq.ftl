# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = Jen la temoj, pri kiuj mi povas respondi. Elektu unu, aŭ tajpu vian demandon per viaj propraj vortoj.
faq-no-match = Mi ne trovis respondon al tio. Jen la temoj, kiujn mi konas. Pri ĉio alia via peranto povas helpi: sendu /liaison.
faq-more = Aliaj demandoj
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = Mi ne certas, kiun el ĉi tiuj temoj vi celas. Elektu unu, aŭ demandu denove per aliaj vortoj.
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 Helpis
faq-unhelpful = 👎 Ne helpis
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = Nur perantoj kaj administrantoj povas vidi la demandojn, kiujn homoj faris.
unanswered-none = En la lastaj 30 tagoj neniu demando ({ $languages }) restis sen respondo aŭ ricevis 👎.
unanswered-list = Demandoj ({ $languages }) el la lastaj 30 tagoj, al kiuj mi ne povis respondi aŭ kies respondo ricevis 👎 ({ $count ->
        [one] la plej nova
       *[other] la plej novaj { $count }
    }):
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language }: { $question }
unanswered-line-unhelpful = • { $language }: { $question } (👎 ĉe „{ $topic }“)

faq-salon-what-title = Kio estas Strategia Salono?
faq-salon-what-answer = Strategia Salono (Strategy Salon) estas ĉeesta renkontiĝo, kiun okazigas agnoskita Vikimedia afiliito, por diskuti pri la strategio de la movado. La gvidantoj de la afiliito kunvenigas diversajn membrojn, kiuj loĝas en ilia regiono, por pli profundaj konversacioj pri unu aŭ du strategiaj temoj, kiuj interesas ilin. Nur agnoskitaj afiliitoj povas okazigi salonon; sendu /salon por ekscii, kiel.
faq-salon-what-keywords = salon, strategia salono, kunven, renkont, ĉeest, persone, vizaĝo al vizaĝo, eksterrete, gastig, okazigi salonon, aranĝi salonon, organizi salonon, afili, filio, landa asocio, uzantogrupo, klub, meetup, salonej

faq-salon-grants-title = Kiom da subvencioj por Strategiaj Salonoj estis donitaj?
faq-salon-grants-answer = La intereso estas granda, kaj multaj afiliitoj petis: entute 44 subvencioj por Strategiaj Salonoj estas aprobitaj, el kiuj 12 por junularaj aranĝoj.
faq-salon-grants-keywords = subvenci, stipendi, grant, financ, mono, monon, buĝet, aprob, akceptit, kiom, nombro, junul, juna, junaj, 44, 12, petskrib, peti subvencion, sponsor, donitaj, mondonac

faq-csl-title = Kiuj estas la Komunumaj Strategiaj Perantoj?
faq-csl-answer = Komunumaj Strategiaj Perantoj estis dungitaj por gvidi la strategiajn konversaciojn en la vikioj kaj en sociaj retoj por sep lingvaj komunumoj: la mandarena ĉina, la hindia, la araba, la germana, la portugala, la franca kaj la hispana. Sendu /liaison por trovi la peranton de via lingvo.
faq-csl-keywords = perantoj, la peranto, nia peranto, mia peranto, komunuma strategia peranto, komunuma peranto, liaison, dungit, laborist, oficist, kunordigant, faciligant, mandaren, ĉina, ĉinlingv, hindi, araba, germana, portugala, franca, hispana, sep lingvoj, kiuj lingvoj, kiuj lingvaj, mia lingvo, por mia lingvo, lingva komunumo

faq-osl-title = Kio estas Organiza Strategia Peranto?
faq-osl-answer = Organizaj Strategiaj Perantoj estas volontuloj, kiuj gvidas la strategiajn konversaciojn ene de organizitaj grupoj, ekzemple afiliitoj kaj aliaj grupoj de la movado. Kontrolu en la listo, ĉu via grupo jam havas tian: { $link }
faq-osl-keywords = perantoj, organiza, organizo, organizit, osl, organiza strategia peranto, organiza peranto, nia grupo, mia grupo, en nia grupo, ene de, interne de, listo de perantoj, listo, volontula peranto, asoci, societo, jam havas, ĉu ni havas

faq-volunteer-title = Kiel mi povas volontuli kiel peranto por mia grupo?
faq-volunteer-answer = Se via organizita grupo ankoraŭ ne havas Organizan Strategian Peranton, vi povas volontuli por esti ĝia peranto. Unue kontrolu en la listo, ĉu via grupo jam havas tian, kaj poste aliĝu ĉi tie: { $link }
faq-volunteer-keywords = perantoj, volont, enskrib, registr, aliĝilo, fariĝi peranto, iĝi peranto, fariĝi, esti peranto, mi volas esti, reprezent, kandidat, proponi min, anonci min, nomumi, sign up, transpreni la rolon, mi pretas

faq-join-title = Kiel mi povas aliĝi al la nunaj diskutoj?
faq-join-answer = Konversacioj okazas en organizitaj grupoj kaj lingvaj komunumoj, en multaj lingvoj. Eksciu, kiujn kanalojn preferas via grupo aŭ lingva komunumo: la perantoj gvidas tiujn konversaciojn en la vikioj kaj en sociaj retoj. Sendu /liaison por trovi la vian.
faq-join-keywords = partopren, aliĝi, aliĝu, kuniĝi, ekzistantaj diskutoj, nunaj diskutoj, daŭrant, kie okazas, kie oni diskutas, kie diskutas, kanal, babilej, babilgrupo, sociaj retoj, socia reto, telegram, facebook, diskutpaĝo, en vikio, engaĝ, kunlabor

faq-start-title = Kiel mi povas mem komenci diskuton?
faq-start-answer = Se vi ne vidas diskuton pri via temo aŭ en la kanalo, kie vi plej aktivas, komencu ĝin mem: uzu la Ilaron por Komunumaj Konversacioj kiel gvidilon, traduku la temdifinajn dokumentojn en vian lingvon, kaj kunhavigu la rezultojn kun la Specialisto pri Komunumaj Rilatoj aŭ kun Komunuma Strategia Peranto. Sendu /discuss por la ligiloj.
faq-start-keywords = komenci diskuton, komenci propran, propra diskuto, propran diskuton, mi mem, memstar, sola, sole, iniciat, lanĉ, okazigi diskuton, aranĝi diskuton, organizi diskuton, nova diskuto, novan diskuton, de nulo, gvidi diskuton, starigi, malfermi diskuton, krei diskuton

faq-toolkit-title = Kio estas la Ilaro por Komunumaj Konversacioj?
faq-toolkit-answer = La Ilaro por Komunumaj Konversacioj (Community Conversations Toolkit) estas gvidilo por tiuj, kiuj volas komenci strategiajn konversaciojn en sia propra komunumo: kiel prepari, gvidi kaj raporti diskuton. Vi trovos ĝin ĉi tie: { $link }
faq-toolkit-keywords = ilaro, ilar, toolkit, iloj, gvidil, gvidlibro, manlibro, instrukci, material, rimed, ŝablon, kiel prepari, kiel gvidi, kiel okazigi diskuton, paŝoj, komunumaj konversacioj

faq-translate-title = Kiel mi povas traduki la temdifinajn dokumentojn?
faq-translate-answer = La temdifinaj dokumentoj priskribas la temojn de la strategiaj konversacioj. Se vi tradukos ilin en vian lingvon, via komunumo pli facile partoprenos. La dokumentoj kaj kiel traduki ilin: { $link }
faq-translate-keywords = traduk, tradukist, lokaliz, dokument, scoping, amplekso, temdifin, en mian lingvon, en nian lingvon, en esperanton, esperantig, lingva versio, version, tradukad, traduki la dokumentojn, nian lingvon, translatewiki, tradukiĝ

faq-starters-title = Kio estas la Konversaciaj Startigiloj?
faq-starters-answer = „Konversaciaj Startigiloj: Pelfortoj“ (Conversation Starters: Drivers) estas diskutgvidilo en formo de prezentaĵo, kiu proponas novajn manierojn helpi komunumojn pripensi la strategion. Kelkaj el ĝiaj lumbildoj estas klarigitaj en aparta paĝo. La gvidilo: { $link }
faq-starters-keywords = conversation starters, starters, konversaciaj startigiloj, startigil, ekigil, ekparol, pelfort, stirfort, stirfaktor, drivers, prezentaĵ, lumbild, bildaro, diapozitiv, slide, ppt, glacirompil, diskutgvidilo, diskutdemandoj

faq-survey-title = Kiel mi povas doni mian opinion en la enketo?
faq-survey-answer = Per la enketo vi povas rekte sciigi vian opinion al la strategia teamo. Sendu /survey por respondi ĝin ĉi tie en la babilejo, aŭ malfermu ĝin en la retejo: { $link }
faq-survey-keywords = enket, survey, opinisond, sondad, balot, opinio, rimarkoj, reago, komentoj, formular, plenigi, respondi demandojn, diri mian opinion, retrokupl, feedback, sugest, voĉdon

faq-phase-title = Kiam komenciĝos la sekva fazo?
faq-phase-answer = La sekva fazo de la komunumaj konversacioj komenciĝos en januaro.
faq-phase-keywords = sekva fazo, fazo, etapo, etap, stadio, sekva paŝo, sekvaj paŝoj, kiam, horaro, templinio, kalendar, januar, daŭrig, dato, limdato, rondo, komenciĝos, venonta, kio sekvas, plano

faq-reports-title = Kie mi povas legi la raportojn pri la eventoj kaj la monatajn raportojn?
faq-reports-answer = La raportoj pri la komunumaj eventoj de junio ĝis septembro 2019, kaj la monataj raportoj, estas kolektitaj en la paĝo Participate: { $link }
faq-reports-keywords = raport, monat, ĉiumonat, resum, protokol, junio, septembro, 2019, kio okazis, kiel pasis, evento, aranĝoj, legi, bilanc, rezultoj de la eventoj, raportoj de la eventoj, kiel iris, kio estis farita

faq-support-title = Kiu povas helpi min aŭ ricevi la rezultojn de nia diskuto?
faq-support-answer = La Specialisto pri Komunumaj Rilatoj kaj la Komunumaj Strategiaj Perantoj subtenas tiujn, kiuj gvidas diskutojn, kaj kolektas la rezultojn. Kunhavigu viajn rezultojn kun ili, aŭ petu ilian helpon. Sendu /liaison por trovi vian kontaktulon.
faq-support-keywords = help, subten, kontakt, retpoŝt, retadres, atingi, kiun demandi, al kiu, specialisto, komunumaj rilatoj, sendi rezultojn, kunhavigi rezultojn, niajn rezultojn, rezultoj de nia, rezultojn de nia, kontaktul, persono, demandi iun

faq-faqpage-title = Kie troviĝas ĉiuj Oftaj Demandoj pri komunumaj konversacioj?
faq-faqpage-answer = La paĝo de Oftaj Demandoj (FAQ) havas apartan sekcion kun respondoj al demandoj pri komunumaj konversacioj: { $link }
faq-faqpage-keywords = faq, oftaj, ofte demanditaj, demandoj kaj respondoj, ĉiuj demandoj, pliaj demandoj, aliaj demandoj, dokumentaro, pli da informoj, informoj, detaloj, respondoj, plena listo, kompleta, demandaro, ofte demandataj, scii pli
