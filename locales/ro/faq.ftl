# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = Iată subiectele la care pot răspunde. Alege unul sau scrie întrebarea cu cuvintele tale.
faq-no-match = N-am găsit un răspuns la asta. Iată subiectele pe care le cunosc. Pentru orice altceva te poate ajuta coordonatorul tău: trimite /liaison.
faq-more = Alte întrebări
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = Nu știu sigur la care dintre aceste subiecte te referi. Alege unul sau întreabă din nou cu alte cuvinte.
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 Util
faq-unhelpful = 👎 Nu e util
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = Doar coordonatorii și administratorii pot vedea întrebările puse de oameni.
unanswered-none = În ultimele 30 de zile nu a existat nicio întrebare în { $languages } rămasă fără răspuns sau al cărei răspuns a primit 👎.
unanswered-list = Întrebări în { $languages } din ultimele 30 de zile la care n-am putut răspunde sau al căror răspuns a primit 👎 (cele mai recente: { $count }):
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language }: { $question }
unanswered-line-unhelpful = • { $language }: { $question } (👎 la „{ $topic }”)

faq-salon-what-title = Ce este un Salon de strategie?
faq-salon-what-answer = Un Salon de strategie (Strategy Salon) este o întâlnire față în față, găzduită de o organizație afiliată Wikimedia recunoscută, pentru a discuta despre strategia mișcării. Liderii afiliatului adună membri cât mai diverși din zona lor, pentru conversații aprofundate despre una sau două teme de strategie care îi interesează. Doar afiliații recunoscuți pot organiza un salon; trimite /salon ca să afli cum.
faq-salon-what-keywords = salon, saloane, salonul, saloanele, salon de strategie, întâlni, reuniun, adunar, întrunir, meetup, față în față, fizic, offline, în persoană, găzdui, gazdă, organizez un salon, să organizez, afiliat, filial, grup de utilizatori, capitol

faq-salon-grants-title = Câte granturi s-au acordat pentru Saloanele de strategie?
faq-salon-grants-answer = Interesul este mare și mulți afiliați au aplicat: au fost aprobate în total 44 de granturi pentru Saloane de strategie, dintre care 12 pentru evenimente dedicate tinerilor.
faq-salon-grants-keywords = grant, granturi, granturile, finanț, fonduri, fond, bani, buget, aprob, solicitanți, aplicanț, câte granturi, câte saloane, câți bani, număr, tiner, 44, 12, cerere de finanțare, bursă, burse, sponsoriz, subvenți, acordat, acordate

faq-csl-title = Cine sunt coordonatorii de strategie pentru comunitate?
faq-csl-answer = Coordonatorii de strategie pentru comunitate au fost angajați ca să conducă conversațiile despre strategie pe wiki și pe rețelele sociale pentru șapte comunități lingvistice: chineză mandarină, hindi, arabă, germană, portugheză, franceză și spaniolă. Trimite /liaison ca să-l găsești pe cel pentru limba ta.
faq-csl-keywords = coordonator, coordonator de strategie, coordonator pentru comunitate, persoană de legătură, legătur, liaison, angajat, angajaț, personal, facilitator, mandarin, chinez, hindi, arab, german, portughez, francez, spaniol, șapte limbi, 7 limbi, ce limbi, care limbi, limba mea, comunitate lingvistică

faq-osl-title = Ce este un coordonator de strategie pentru organizații?
faq-osl-answer = Coordonatorii de strategie pentru organizații sunt voluntari care conduc conversațiile despre strategie în cadrul grupurilor organizate, cum ar fi afiliații și alte grupuri ale mișcării. Verifică în listă dacă grupul tău are deja unul: { $link }
faq-osl-keywords = coordonator, organizați, organizațional, organizat, grup organizat, grupuri organizate, grupul meu, grupul nostru, în organizație, în interiorul grupului, lista coordonatorilor, lista, coordonator voluntar, osl, afiliatul nostru, asociați, are deja, avem deja

faq-volunteer-title = Cum pot deveni voluntar coordonator pentru grupul meu?
faq-volunteer-answer = Dacă grupul tău organizat nu are încă un coordonator de strategie pentru organizații, te poți oferi voluntar. Verifică mai întâi în listă dacă grupul tău are deja unul, apoi înscrie-te aici: { $link }
faq-volunteer-keywords = coordonator, voluntar, voluntariat, mă ofer, oferă-te, înscri, înregistr, devin, deveni, vreau să fiu, să fiu coordonator, reprezent, candidat, candidez, propun, nominaliz, să ajut, sign up, îmi asum, preiau rolul

faq-join-title = Cum mă alătur discuțiilor existente?
faq-join-answer = Conversațiile au loc în grupurile organizate și în comunitățile lingvistice, în multe limbi. Află care sunt canalele preferate ale grupului sau ale comunității tale lingvistice: coordonatorii conduc aceste conversații pe wiki și pe rețelele sociale. Trimite /liaison ca să-l găsești pe al tău.
faq-join-keywords = alătur, particip, implic, discuții existente, discuțiile existente, discuții în curs, în desfășurare, unde au loc, unde se discută, unde se poartă, canal, chat, grup de chat, grupul de chat, rețele sociale, rețelele sociale, facebook, telegram, whatsapp, pagina de discuție, pe wiki

faq-start-title = Cum pot porni singur o discuție?
faq-start-answer = Dacă nu vezi nicio discuție pe tema ta sau pe canalul unde ești cel mai activ, pornește tu una: folosește ca ghid Trusa pentru conversații în comunitate, tradu în limba ta documentele care definesc temele și împărtășește rezultatele cu Specialistul în relații cu comunitatea sau cu un coordonator de strategie pentru comunitate. Trimite /discuss ca să primești linkurile.
faq-start-keywords = încep o discuție, să încep, pornesc, pornește o discuție, singur, pe cont propriu, propria discuție, propria mea, inițiez, inițiativ, lansez, organizez o discuție, discuție nouă, o nouă discuție, de la zero, conduc o discuție, moderez, deschid o discuție, creez o discuție, fac o discuție

faq-toolkit-title = Ce este Trusa pentru conversații în comunitate?
faq-toolkit-answer = Trusa pentru conversații în comunitate (Community Conversations Toolkit) este un ghid pentru cei care vor să pornească conversații despre strategie în propria comunitate: cum pregătești o discuție, cum o conduci și cum raportezi rezultatele. O găsești aici: { $link }
faq-toolkit-keywords = toolkit, trus, set de instrumente, instrument, ghid, manual, îndrumar, material, resurs, șablon, model de, cum pregătesc, cum conduc, cum desfășor, cum moderez, pași, conversații în comunitate

faq-translate-title = Cum pot traduce documentele care definesc temele?
faq-translate-answer = Aceste documente descriu temele conversațiilor despre strategie. Dacă le traduci în limba ta, comunitatea ta poate participa mai ușor. Documentele și cum le poți traduce: { $link }
faq-translate-keywords = tradu, traducător, localiz, document, scoping, definesc temele, definirea temelor, în limba mea, în română, în limba română, versiune în, versiunea în, translat, traducerea documentelor, documente de definire, să traduc, translatewiki, limba noastră

faq-starters-title = Ce sunt „Ideile pentru începutul conversației”?
faq-starters-answer = „Idei pentru începutul conversației: factorii schimbării” (Conversation Starters: Drivers) este un ghid de discuție sub formă de prezentare, care propune moduri noi de a ajuta comunitățile să se gândească la strategie. Unele diapozitive sunt explicate pe o pagină separată. Ghidul: { $link }
faq-starters-keywords = conversation starters, starters, idei pentru începutul, începutul conversației, început de conversație, idei de conversație, factor, factorii schimbării, drivers, prezentar, diapozitiv, slide, slideuri, ppt, powerpoint, spargerea gheții, întrebări de pornire, cum încep conversația

faq-survey-title = Cum îmi pot da părerea în sondaj?
faq-survey-answer = Prin sondaj îți poți trimite părerea direct echipei de strategie. Trimite /survey ca să-l completezi chiar aici, în chat, sau deschide-l pe web: { $link }
faq-survey-keywords = sondaj, chestionar, survey, feedback, părer, opini, formular, completez, completa sondajul, răspund la întrebări, spun ce cred, spun ce gândesc, evaluare, anchet, vot, votez, sugesti

faq-phase-title = Când începe următoarea etapă?
faq-phase-answer = Următoarea etapă a conversațiilor din comunități va începe în ianuarie.
faq-phase-keywords = etapa, etape, faza, faze, următoarea etapă, următoarea fază, următorul pas, pașii următori, când, când începe, calendar, program, ianuar, data, datele, termen, continu, runda, rundă, urmeaz, ce urmează, ce se întâmplă mai departe

faq-reports-title = Unde pot citi rapoartele evenimentelor și rapoartele lunare?
faq-reports-answer = Rapoartele evenimentelor comunitare din iunie–septembrie 2019 și rapoartele lunare sunt adunate pe pagina Participate: { $link }
faq-reports-keywords = raport, rapoart, lunar, lunii, rezumat, sinteză, bilanț, procese-verbale, minuta, iuni, septembr, 2019, eveniment, ce s-a întâmplat, cum au decurs, citesc, să citesc, să văd ce

faq-support-title = Cine mă poate ajuta și cui trimit rezultatele discuției noastre?
faq-support-answer = Specialistul în relații cu comunitatea și coordonatorii de strategie pentru comunitate îi sprijină pe cei care organizează discuții și adună rezultatele. Împărtășește-le rezultatele voastre sau cere-le ajutorul. Trimite /liaison ca să-ți găsești persoana de contact.
faq-support-keywords = ajut, ajută-mă, sprijin, suport, contact, email, e-mail, pe cine întreb, pe cine să întreb, cui mă adresez, cui să scriu, cui trimit, specialist, relații cu comunitatea, trimit rezultatele, împărtășesc rezultatele, rezultatele discuției, rezultatele noastre, persoană de contact

faq-faqpage-title = Unde găsesc toate întrebările frecvente despre conversațiile din comunități?
faq-faqpage-answer = Pagina de întrebări frecvente (FAQ) are o secțiune dedicată, cu răspunsuri la întrebări despre conversațiile din comunități: { $link }
faq-faqpage-keywords = faq, frecvent, întrebări și răspunsuri, toate întrebările, mai multe întrebări, alte întrebări, documentație, mai multe informații, informații suplimentare, detalii, pagina faq, răspunsuri, lista de întrebări, întrebări des puse, secțiunea de întrebări, vreau să aflu mai mult, informații complete
