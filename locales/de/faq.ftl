# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = Zu diesen Themen kann ich dir etwas sagen. Wähle eines aus oder stell deine Frage in eigenen Worten.
faq-no-match = Dazu habe ich leider keine Antwort gefunden. Hier sind die Themen, die ich kenne. Bei allem anderen hilft dir deine Ansprechperson: Sende /liaison.
faq-more = Weitere Fragen
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = Ich bin nicht sicher, welches dieser Themen du meinst. Wähle eines aus oder stell deine Frage mit anderen Worten.
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 Hilfreich
faq-unhelpful = 👎 Nicht hilfreich
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = Nur Ansprechpersonen und Admins können sehen, welche Fragen gestellt wurden.
unanswered-none = In den letzten 30 Tagen ist keine Frage ({ $languages }) unbeantwortet geblieben oder hat ein 👎 bekommen.
unanswered-list = Fragen ({ $languages }) aus den letzten 30 Tagen, die ich nicht beantworten konnte oder deren Antwort ein 👎 bekam ({ $count ->
        [one] die neueste
       *[other] die neuesten { $count }
    }):
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language }: { $question }
unanswered-line-unhelpful = • { $language }: { $question } (👎 bei „{ $topic }“)

faq-salon-what-title = Was ist ein Strategie-Salon?
faq-salon-what-answer = Ein Strategie-Salon ist ein persönliches Treffen, das eine anerkannte Wikimedia-Organisation (Affiliate) ausrichtet, um über die Bewegungsstrategie zu sprechen. Die Verantwortlichen bringen eine breit gemischte Gruppe von Mitgliedern aus ihrer Region zusammen, um ein oder zwei Strategiethemen, die sie interessieren, gründlicher zu besprechen. Nur anerkannte Affiliates können einen Salon veranstalten; sende /salon, um zu erfahren, wie das geht.
faq-salon-what-keywords = salon, strategie-salon, strategiesalon, zusammenkunft, meetup, stammtisch, vor ort, persönlich, präsenz, ausricht, gastgeb, von angesicht, veranstalten, veranstaltet, präsenztreffen, persönliches treffen, lokales treffen, treffen vor ort, wozu dienen, wie funktioniert, was versteht man, salon machen, einen salon, salon organisieren, salon veranstalten

faq-salon-grants-title = Wie viele Förderungen gab es für Strategie-Salons?
faq-salon-grants-answer = Das Interesse ist groß, und viele Affiliates haben sich beworben: Insgesamt wurden 44 Förderungen für Strategie-Salons bewilligt, 12 davon für Jugendveranstaltungen.
faq-salon-grants-keywords = förder, grant, zuschuss, geld, finanzier, budget, kosten, bewilligt, genehmigt, zusage, wie viele, anzahl, jugend, junge, 44, 12, wieviel, bezahl, salon, beantragt, beworben

faq-csl-title = Wer sind die Strategie-Ansprechpersonen der Sprachgemeinschaften?
faq-csl-answer = Für sieben Sprachgemeinschaften wurden Strategie-Ansprechpersonen (Community Strategy Liaisons) eingestellt, die die Strategiegespräche im Wiki und in sozialen Medien leiten: Mandarin, Hindi, Arabisch, Deutsch, Portugiesisch, Französisch und Spanisch. Sende /liaison, um die Person für deine Sprache zu finden.
faq-csl-keywords = ansprechperson, ansprechpartner, kontaktperson, liaison, community strategy liaison, csl, eingestellt, angestellt, mitarbeit, koordinator, moderat, zuständig, mandarin, chinesisch, hindi, arabisch, portugiesisch, französisch, spanisch, sieben sprachen, welche sprachen, meine sprache, deutschsprachig, deutsche community, deutschen community, deutsche wikipedia, deutschen wikipedia, verbindungsperson, community strategie

faq-osl-title = Was ist eine Strategie-Ansprechperson für Organisationen?
faq-osl-answer = Strategie-Ansprechpersonen für Organisationen (Organizational Strategy Liaisons) sind Ehrenamtliche, die die Strategiegespräche in organisierten Gruppen leiten, etwa in Affiliates und anderen Gruppen der Bewegung. Sieh in der Liste nach, ob deine Gruppe schon eine hat: { $link }
faq-osl-keywords = organisation, organizational strategy liaison, osl, ehrenamtliche ansprechperson, verein, innerhalb, organisationsintern, liste, wer ist zuständig, für unsere organisation, affiliate, chapter, ortsgruppe, benutzergruppe, user group, was ist ein osl, was ist eine osl, was ist osl, bedeutet osl, schon eine ansprechperson, schon einen liaison, schon eine liaison, organisatorisch, verbindungsperson, organisierte gruppe, organisierten gruppen, in gruppen, in organisationen, schon eine, schon einen, bereits eine, bereits einen

faq-volunteer-title = Wie kann ich mich als Ansprechperson für meine Gruppe melden?
faq-volunteer-answer = Wenn deine organisierte Gruppe noch keine Strategie-Ansprechperson für Organisationen hat, kannst du dich freiwillig dafür melden. Sieh zuerst in der Liste nach, ob deine Gruppe schon eine hat, und trag dich dann hier ein: { $link }
faq-volunteer-keywords = freiwillig, melden, mich melden, anmeld, eintrag, einschreib, registrier, ansprechperson werden, selbst ansprechperson, mitmachen als, vertret, übernehm, nominier, kandid, engagier, volunteer, sign up, für meine gruppe, organizational, liaison werden, osl werden, zu werden, werde ich, bewerb, für unseren verein, für meinen verein, unserer gruppe, für unsere gruppe, noch keinen, noch keine, hat keinen, hat keine, ehrenamtlich als, ehrenamtliche liaison, ehrenamtlicher liaison, organization, als organizational, als liaison, als ansprechperson, als osl, mich gern

faq-join-title = Wie kann ich bei den laufenden Diskussionen mitmachen?
faq-join-answer = Die Gespräche finden in organisierten Gruppen und Sprachgemeinschaften statt, in vielen Sprachen. Finde heraus, welche Kanäle deine Gruppe oder Sprachgemeinschaft bevorzugt; die Ansprechpersonen leiten diese Gespräche im Wiki und in sozialen Medien. Sende /liaison, um deine zu finden.
faq-join-keywords = mitmachen, mitreden, teilnehm, teilnahme, beteilig, mitdiskutier, laufend, bestehend, aktuell, wo finde, wo wird, kanal, chatgruppe, soziale medien, social media, facebook, telegram, diskussionsseite, im wiki, on-wiki, dabei sein, einsteig, anschließ, reinkomm, komme ich in, beitret, beitreten

faq-start-title = Wie kann ich selbst eine Diskussion starten?
faq-start-answer = Wenn du keine Diskussion zu deinem Thema oder in dem Kanal findest, in dem du am aktivsten bist, starte selbst eine: Nutze den Leitfaden für Community-Gespräche (Community Conversations Toolkit) als Anleitung, übersetze die Themenpapiere (Scoping-Dokumente) in deine Sprache und teile die Ergebnisse mit der Fachperson für Community Relations oder einer Strategie-Ansprechperson der Sprachgemeinschaften. Sende /discuss für die Links.
faq-start-keywords = starten, selbst, selber, eigene diskussion, eigenes gespräch, allein, initiier, anstoßen, eröffn, anfangen, ins leben rufen, organisier, durchführ, leiten, neue diskussion, moderier, auf eigene faust, selbst machen

faq-toolkit-title = Was ist der Leitfaden für Community-Gespräche?
faq-toolkit-answer = Der Leitfaden für Community-Gespräche (Community Conversations Toolkit) ist eine Anleitung für alle, die in ihrer eigenen Community Strategiegespräche beginnen möchten: wie man eine Diskussion vorbereitet, durchführt und darüber berichtet. Du findest ihn hier: { $link }
faq-toolkit-keywords = toolkit, tool kit, werkzeug, werkzeugkasten, leitfaden, anleitung, handbuch, handreichung, hilfsmittel, material, vorlage, ressourcen, tipps, vorbereit, durchführ, community-gespräche, community conversations, methoden, checkliste, kit

faq-translate-title = Wie kann ich die Themenpapiere übersetzen?
faq-translate-answer = Die Themenpapiere (Scoping-Dokumente) beschreiben die Themen der Strategiegespräche. Wenn du sie in deine Sprache übersetzt, kann deine Community leichter mitmachen. Die Dokumente und wie du sie übersetzt: { $link }
faq-translate-keywords = übersetz, übersetzung, übersetzer, translate, translation, scoping, themenpapier, dokument, papier, unterlagen, in meine sprache, auf deutsch, lokalisier, sprachversion, deutsche fassung, deutsche version, translatewiki, übertrag

faq-starters-title = Was sind die Gesprächsimpulse (Conversation Starters)?
faq-starters-answer = „Gesprächsimpulse: Treiber des Wandels“ (Conversation Starters: Drivers) ist ein Diskussionsleitfaden in Form einer Präsentation. Er zeigt neue Wege, wie Communitys über Strategie nachdenken können. Einige Folien werden auf einer eigenen Seite erklärt. Der Leitfaden: { $link }
faq-starters-keywords = conversation starters, starter, gesprächsimpuls, impuls, denkanstoß, anregung, einstieg, eisbrecher, treiber, drivers, präsentation, folie, foliensatz, slides, diskussionsleitfaden, gesprächseinstieg, wandel, mit fragen, fragen für, gesprächsanfang

faq-survey-title = Wie kann ich in der Umfrage meine Meinung sagen?
faq-survey-answer = In der Umfrage kannst du dein Feedback direkt mit dem Strategieteam teilen. Sende /survey, um sie gleich hier im Chat zu beantworten, oder öffne sie im Web: { $link }
faq-survey-keywords = umfrage, befragung, fragebogen, survey, feedback, rückmeld, meinung, abstimm, formular, ausfüll, bewert, kritik, vorschlag, meine sicht, was ich denke, mitteilen, poll, rückmeldung, meinung sagen, feedback geben, an der umfrage, bei der umfrage

faq-phase-title = Wann beginnt die nächste Phase?
faq-phase-answer = Die nächste Phase der Community-Gespräche beginnt im Januar.
faq-phase-keywords = nächste phase, phase, ab wann, zeitplan, zeitraum, termin, januar, nächster schritt, nächste schritte, frist, deadline, kalender, nächste runde, wie geht es weiter, demnächst, fortsetz, etappe, wann geht es weiter, geht es weiter, geht's weiter, gehts weiter, danach, weitergeh, wann beginnt die nächste, wann startet die nächste, wann fängt, wann geht, wann gehen, wieder los, wiederaufnahme, wann kommen

faq-reports-title = Wo kann ich die Veranstaltungs- und Monatsberichte lesen?
faq-reports-answer = Die Berichte von den Community-Veranstaltungen von Juni bis September 2019 und die Monatsberichte sind auf der Participate-Seite gesammelt: { $link }
faq-reports-keywords = bericht, monatsbericht, monatlich, veranstaltungsbericht, ergebnis, resultat, zusammenfass, protokoll, rückblick, auswertung, juni, september, 2019, nachlesen, was ist passiert, was kam heraus, report, veranstaltungen, heraus

faq-support-title = Wer hilft mir, und wer erfährt von den Ergebnissen unserer Diskussion?
faq-support-answer = Die Fachperson für Community Relations und die Strategie-Ansprechpersonen der Sprachgemeinschaften unterstützen alle, die Diskussionen durchführen, und sammeln die Ergebnisse. Teile deine Ergebnisse mit ihnen oder bitte sie um Hilfe. Sende /liaison, um deine Kontaktperson zu finden.
faq-support-keywords = hilfe, unterstütz, kontakt, erreich, e-mail, mail, wen kann ich fragen, wer hilft, jemanden fragen, fachperson, community relations, specialist, ergebnisse teilen, ergebnisse schicken, ergebnisse melden, ergebnisse unserer, betreuung, ergebnisse, schick, wenden, an wen, wem, mir helfen, uns helfen, helfen kann

faq-faqpage-title = Wo finde ich die vollständigen FAQ zu den Community-Gesprächen?
faq-faqpage-answer = Auf der FAQ-Seite gibt es einen eigenen Abschnitt mit Antworten auf Fragen zu den Community-Gesprächen: { $link }
faq-faqpage-keywords = faq, häufige fragen, häufig gestellte, fragenseite, alle fragen, weitere fragen, mehr fragen, andere fragen, fragen und antworten, antworten, dokumentation, mehr infos, mehr informationen, weitere informationen, übersicht, andere frage, nicht steht, steht hier nicht
