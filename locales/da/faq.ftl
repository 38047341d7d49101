# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = Her er de emner, jeg kan svare på. Vælg et, eller skriv dit spørgsmål med dine egne ord.
faq-no-match = Jeg kunne ikke finde et svar på det. Her er de emner, jeg kender. Med alt andet kan din kontaktperson hjælpe: send /liaison.
faq-more = Andre spørgsmål
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = Jeg er ikke sikker på, hvilket af disse emner du mener. Vælg et, eller spørg igen med andre ord.
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 Nyttigt
faq-unhelpful = 👎 Ikke nyttigt
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = Kun kontaktpersoner og administratorer kan se de spørgsmål, folk har stillet.
unanswered-none = Intet spørgsmål på { $languages } er blevet stående ubesvaret eller har fået en 👎 i de sidste 30 dage.
unanswered-list = Spørgsmål på { $languages } fra de sidste 30 dage, som jeg ikke kunne besvare, eller hvis svar fik en 👎 ({ $count ->
        [one] det seneste
       *[other] de seneste { $count }
    }):
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language }: { $question }
unanswered-line-unhelpful = • { $language }: { $question } (👎 til »{ $topic }«)

faq-salon-what-title = Hvad er en strategisalon?
faq-salon-what-answer = En strategisalon (Strategy Salon) er et fysisk møde, som en anerkendt Wikimedia-affilieret organisation holder for at diskutere bevægelsens strategi. Organisationens ledere samler en bred blanding af medlemmer fra deres område til dybere samtaler om et eller to strategitemaer, som interesserer dem. Kun anerkendte affilierede organisationer kan holde en strategisalon; send /salon for at høre hvordan.
faq-salon-what-keywords = salon, strategisalon, saloner, møde, mødes, sammenkomst, træf, meetup, fysisk, ansigt til ansigt, personligt, afholde, arrangere, arrangør, organisere, vært, affilier, chapter, forening, brugergruppe, user group

faq-salon-grants-title = Hvor mange tilskud til strategisaloner er der givet?
faq-salon-grants-answer = Interessen er stor, og mange affilierede organisationer har søgt: I alt er 44 tilskud til strategisaloner blevet godkendt, og 12 af dem er til ungdomsarrangementer.
faq-salon-grants-keywords = tilskud, bevilling, bevilget, grant, penge, finansier, økonomisk støtte, budget, godkendt, ansøg, søge, søgt, hvor mange, antal, ungdom, ung, unge, 44, 12

faq-csl-title = Hvem er fællesskabets strategikontaktpersoner?
faq-csl-answer = Der er ansat strategikontaktpersoner for fællesskaberne (Community Strategy Liaisons), som leder strategisamtalerne på wikien og på sociale medier for syv sprogfællesskaber: mandarin, hindi, arabisk, tysk, portugisisk, fransk og spansk. Send /liaison for at finde den, der dækker dit sprog.
faq-csl-keywords = kontaktperson, strategikontakt, liaison, community strategy liaison, csl, ansat, ansatte, medarbejder, koordinator, facilitator, mandarin, kinesisk, hindi, arabisk, tysk, portugisisk, fransk, spansk, syv sprog, hvilke sprog, mit sprog, dansk

faq-osl-title = Hvad er en organisatorisk strategikontaktperson?
faq-osl-answer = Organisatoriske strategikontaktpersoner (Organizational Strategy Liaisons) er frivillige, der leder strategisamtalerne i organiserede grupper, for eksempel affilierede organisationer og andre grupper i bevægelsen. Tjek listen for at se, om din gruppe allerede har en: { $link }
faq-osl-keywords = organisatorisk, organisation, organiseret, organizational strategy liaison, osl, frivillig kontaktperson, gruppe, vores gruppe, vores forening, internt, inden for, listen, liste over, i vores organisation, har vores gruppe, kontaktperson i organisationen

faq-volunteer-title = Hvordan kan jeg melde mig som kontaktperson for min gruppe?
faq-volunteer-answer = Hvis din organiserede gruppe endnu ikke har en organisatorisk strategikontaktperson, kan du melde dig frivilligt. Tjek først listen for at se, om din gruppe allerede har en, og skriv dig så op her: { $link }
faq-volunteer-keywords = frivillig, melde mig, tilmeld, skrive mig op, skriv mig op, registrer, blive kontaktperson, selv være, hjælpe til, repræsent, stille op, påtage, byde ind, volunteer, sign up, nominer, kandidat, engager, for min gruppe

faq-join-title = Hvordan kan jeg deltage i de igangværende diskussioner?
faq-join-answer = Samtalerne foregår i organiserede grupper og sprogfællesskaber, på mange sprog. Find ud af, hvilke kanaler din gruppe eller dit sprogfællesskab foretrækker; kontaktpersonerne leder samtalerne på wikien og på sociale medier. Send /liaison for at finde din.
faq-join-keywords = deltag, være med, tage del, medvirk, igangværende, eksisterende, løbende, hvor foregår, hvor finder, kanal, chatgruppe, sociale medier, social media, facebook, diskussionsside, på wikien, on-wiki, involver, hoppe på, slutte mig til

faq-start-title = Hvordan kan jeg selv starte en diskussion?
faq-start-answer = Hvis du ikke kan finde en diskussion om dit emne eller i den kanal, hvor du er mest aktiv, så start selv en: Brug værktøjskassen til fællesskabssamtaler (Community Conversations Toolkit) som guide, oversæt temadokumenterne (scoping documents) til dit sprog, og del resultaterne med specialisten i fællesskabsrelationer eller en af fællesskabets strategikontaktpersoner. Send /discuss for at få linkene.
faq-start-keywords = starte en, selv starte, starte selv, min egen, egen diskussion, på egen hånd, selv, sætte i gang, igangsæt, tage initiativ, initiativ, lancere, begynde, åbne, ny diskussion, lede en samtale, starte en diskussion, ny samtale

faq-toolkit-title = Hvad er værktøjskassen til fællesskabssamtaler?
faq-toolkit-answer = Værktøjskassen til fællesskabssamtaler (Community Conversations Toolkit) er en guide til dem, der vil starte strategisamtaler i deres eget fællesskab: hvordan man forbereder, afholder og rapporterer om en diskussion. Du finder den her: { $link }
faq-toolkit-keywords = toolkit, tool kit, værktøj, værktøjskasse, guide, vejledning, håndbog, manual, materiale, ressourcer, skabelon, tips, forberede, forberedelse, fællesskabssamtaler, community conversations, metode, tjekliste, sådan afholder, holde en diskussion, holder man, god diskussion

faq-translate-title = Hvordan kan jeg oversætte temadokumenterne?
faq-translate-answer = Temadokumenterne (scoping documents) beskriver temaerne i strategisamtalerne. Når du oversætter dem til dit sprog, bliver det lettere for dit fællesskab at være med. Dokumenterne, og hvordan du oversætter dem: { $link }
faq-translate-keywords = oversæt, oversættelse, oversætter, translate, translation, scoping, temadokument, dokument, dokumenter, til dansk, på dansk, til mit sprog, lokaliser, sprogversion, dansk version, translatewiki

faq-starters-title = Hvad er samtalestarterne (Conversation Starters)?
faq-starters-answer = »Samtalestartere: Drivkræfter« (Conversation Starters: Drivers) er en diskussionsguide i form af en præsentation. Den giver nye måder at hjælpe fællesskaber med at tænke over strategi på. Nogle af diasene bliver forklaret på en separat side. Guiden: { $link }
faq-starters-keywords = samtalestarter, conversation starters, starter, drivkræft, drivers, driver, præsentation, slides, dias, diasshow, powerpoint, diskussionsguide, isbryder, oplæg, inspiration, forandring, spørgsmål at starte med

faq-survey-title = Hvordan giver jeg min feedback i spørgeskemaet?
faq-survey-answer = Med spørgeskemaet kan du dele din feedback direkte med strategiteamet. Send /survey for at besvare det lige her i chatten, eller åbn det på nettet: { $link }
faq-survey-keywords = spørgeskema, undersøgelse, survey, feedback, tilbagemelding, mening, holdning, afstemning, formular, udfyld, besvar, give feedback, sige min mening, hvad jeg mener, synspunkt, kritik, forslag, poll

faq-phase-title = Hvornår starter næste fase?
faq-phase-answer = Næste fase af fællesskabssamtalerne starter i januar.
faq-phase-keywords = næste fase, fase, hvornår, tidsplan, tidslinje, januar, næste skridt, startdato, dato, frist, deadline, kalender, næste runde, fortsæt, hvad sker der nu, snart, kommende, etape

faq-reports-title = Hvor kan jeg læse arrangementsrapporterne og de månedlige rapporter?
faq-reports-answer = Rapporterne fra fællesskabsarrangementerne fra juni til september 2019 og de månedlige rapporter er samlet på Participate-siden: { $link }
faq-reports-keywords = rapport, månedlig, månedsrapport, arrangementsrapport, referat, resultater, udfald, opsummering, sammenfatning, evaluering, status, juni, september, 2019, læse om, hvad skete der, hvad kom der ud af, report

faq-support-title = Hvem kan hjælpe mig eller høre om resultaterne af vores diskussion?
faq-support-answer = Specialisten i fællesskabsrelationer og fællesskabets strategikontaktpersoner støtter dem, der holder diskussioner, og samler resultaterne. Del dine resultater med dem, eller bed dem om hjælp. Send /liaison for at finde din kontaktperson.
faq-support-keywords = hjælp, støtte, kontakt, få fat i, e-mail, mail, hvem kan jeg spørge, spørge nogen, specialist, fællesskabsrelationer, community relations, dele resultater, sende resultater, vores resultater, resultaterne af, bistand, rådgivning, sparring

faq-faqpage-title = Hvor er den fulde FAQ om fællesskabssamtaler?
faq-faqpage-answer = FAQ-siden har et særligt afsnit med svar på spørgsmål om fællesskabssamtaler: { $link }
faq-faqpage-keywords = faq, ofte stillede, ofte stillede spørgsmål, spørgsmålsside, fuld faq, hele faq, flere spørgsmål, andre spørgsmål, spørgsmål og svar, svar, dokumentation, mere information, flere oplysninger, mere info, oversigt
