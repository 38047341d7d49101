# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = Oto tematy, na które mogę odpowiedzieć. Wybierz jeden albo wpisz pytanie własnymi słowami.
faq-no-match = Nie mam odpowiedzi na to pytanie. Oto tematy, które znam. W innych sprawach pomoże ci twój łącznik: wyślij /liaison.
faq-more = Inne pytania
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = Nie mam pewności, o który z tych tematów ci chodzi. Wybierz jeden albo zapytaj jeszcze raz innymi słowami.
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 Pomocne
faq-unhelpful = 👎 Niepomocne
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = Pytania zadane przez użytkowników mogą zobaczyć tylko łącznicy i administratorzy.
unanswered-none = W ciągu ostatnich 30 dni żadne pytanie ({ $languages }) nie zostało bez odpowiedzi ani nie dostało 👎.
unanswered-list = Pytania ({ $languages }) z ostatnich 30 dni, na które nie udało mi się odpowiedzieć albo których odpowiedź dostała 👎 (najnowsze: { $count }):
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language }: { $question }
unanswered-line-unhelpful = • { $language }: { $question } (👎 przy „{ $topic }”)

faq-salon-what-title = Czym jest Salon Strategiczny?
faq-salon-what-answer = Salon Strategiczny (Strategy Salon) to spotkanie na żywo poświęcone strategii ruchu, organizowane przez uznaną organizację afiliowaną Wikimedia. Liderzy organizacji zbierają szerokie i zróżnicowane grono członków mieszkających w ich okolicy, żeby dogłębniej porozmawiać o jednym lub dwóch interesujących ich tematach strategii. Salon mogą zorganizować tylko uznane organizacje afiliowane; wyślij /salon, aby dowiedzieć się jak.
faq-salon-what-keywords = salon, salon strategiczny, salony, spotkani, spotkać, zjazd, zlot, meetup, na żywo, osobiście, twarzą w twarz, organizow, gospodarz, afiliant, afiliowan, stowarzyszeni, chapter, grupa użytkowników, user group, wikimedia polska

faq-salon-grants-title = Ile grantów przyznano na Salony Strategiczne?
faq-salon-grants-answer = Zainteresowanie jest duże i zgłosiło się wiele organizacji: w sumie zatwierdzono 44 granty na Salony Strategiczne, z czego 12 na wydarzenia dla młodzieży.
faq-salon-grants-keywords = grant, dotacj, dofinansow, finansow, pieniądz, pieniędz, budżet, środki, zatwierdz, przyznan, wnios, aplikow, ile, liczba, młodzi, młodych, młodzieżow, 44, 12

faq-csl-title = Kim są łącznicy ds. strategii społeczności?
faq-csl-answer = Łącznicy ds. strategii społeczności (Community Strategy Liaisons) zostali zatrudnieni, aby prowadzić rozmowy o strategii na wiki i w mediach społecznościowych w siedmiu społecznościach językowych: mandaryńskiej, hindi, arabskiej, niemieckiej, portugalskiej, francuskiej i hiszpańskiej. Wyślij /liaison, aby znaleźć łącznika dla swojego języka.
faq-csl-keywords = łączni, community strategy liaison, liaison, csl, zatrudni, pracowni, koordynator, moderator, mandaryń, chińsk, hindi, arabsk, niemieck, portugals, francus, hiszpańs, siedem języków, siedmiu, jakie języki, które języki, mój język, polsk

faq-osl-title = Kim jest łącznik ds. strategii w organizacji?
faq-osl-answer = Łącznicy ds. strategii w organizacjach (Organizational Strategy Liaisons) to wolontariusze, którzy prowadzą rozmowy o strategii w zorganizowanych grupach, takich jak organizacje afiliowane i inne grupy ruchu. Sprawdź na liście, czy twoja grupa ma już takiego łącznika: { $link }
faq-osl-keywords = organizacj, organizacyjn, organizational strategy liaison, osl, zorganizowan, grupa, grupie, grupy, naszej grupie, mojej grupie, w stowarzyszeniu, wewnątrz, wewnętrzn, list, liści, lista łączników

faq-volunteer-title = Jak mogę zgłosić się na łącznika mojej grupy?
faq-volunteer-answer = Jeśli twoja zorganizowana grupa nie ma jeszcze łącznika ds. strategii w organizacji, możesz zgłosić się na ochotnika. Najpierw sprawdź na liście, czy twoja grupa już go ma, a potem zapisz się tutaj: { $link }
faq-volunteer-keywords = wolontariusz, wolontariat, ochotni, zgłos, zgłasz, zapis, rejestr, zostać łącznikiem, być łącznikiem, chcę zostać, reprezentow, przedstawiciel, kandyd, nominow, volunteer, sign up, pełnić rolę, objąć rolę, zapisać, się zapisać, zapisz się

faq-join-title = Jak mogę dołączyć do trwających dyskusji?
faq-join-answer = Rozmowy toczą się w zorganizowanych grupach i społecznościach językowych, w wielu językach. Dowiedz się, z jakich kanałów korzysta twoja grupa lub społeczność językowa; łącznicy prowadzą te rozmowy na wiki i w mediach społecznościowych. Wyślij /liaison, aby znaleźć swojego łącznika.
faq-join-keywords = dołącz, przyłącz, wziąć udział, udział, uczestnicz, uczestnictw, trwając, istniejąc, bieżąc, toczą się, kanał, czat, media społecznościowe, social media, facebook, strona dyskusji, na wiki, on-wiki, zaangażow, włączyć się, gdzie toczą, gdzie rozmawia, gdzie dyskut

faq-start-title = Jak samodzielnie rozpocząć dyskusję?
faq-start-answer = Jeśli nie widzisz dyskusji na interesujący cię temat albo na kanale, na którym najczęściej się udzielasz, rozpocznij ją samodzielnie: skorzystaj z Zestawu narzędzi do rozmów w społecznościach (Community Conversations Toolkit) jako przewodnika, przetłumacz dokumenty zakresowe (scoping documents) na swój język i podziel się wynikami ze specjalistą ds. relacji ze społecznością albo z łącznikiem ds. strategii społeczności. Wyślij /discuss, aby dostać linki.
faq-start-keywords = rozpocz, zacząć, zaczn, założ, sam, własn, zainicjow, inicjatyw, uruchom, prowadz, nowa dyskusja, nową dyskusję, zorganizować dyskusję, od siebie, na własną rękę, we własnym zakresie

faq-toolkit-title = Czym jest Zestaw narzędzi do rozmów w społecznościach?
faq-toolkit-answer = Zestaw narzędzi do rozmów w społecznościach (Community Conversations Toolkit) to przewodnik dla osób, które chcą rozpocząć rozmowy o strategii we własnej społeczności: jak przygotować i poprowadzić dyskusję oraz jak zdać z niej relację. Znajdziesz go tutaj: { $link }
faq-toolkit-keywords = toolkit, tool kit, zestaw narzędzi, narzędzi, przewodnik, poradnik, podręcznik, instrukcj, materiał, zasob, szablon, wzór, wskazówk, porady, przygotow, metod, lista kontrolna, community conversations, rozmów w społecznościach

faq-translate-title = Jak mogę przetłumaczyć dokumenty zakresowe?
faq-translate-answer = Dokumenty zakresowe (scoping documents) opisują tematy rozmów o strategii. Jeśli przetłumaczysz je na swój język, twojej społeczności łatwiej będzie wziąć udział w rozmowach. Dokumenty i informacje, jak je tłumaczyć: { $link }
faq-translate-keywords = tłumacz, przetłumacz, tłumaczeni, przekład, translate, translation, scoping, zakresow, dokument, na polski, po polsku, na mój język, lokalizacj, wersja językowa, wersja polska, polska wersja, translatewiki

faq-starters-title = Czym są Inspiracje do rozmów (Conversation Starters)?
faq-starters-answer = „Inspiracje do rozmów: czynniki zmian” (Conversation Starters: Drivers) to przewodnik do dyskusji w formie prezentacji, który podsuwa społecznościom nowe sposoby myślenia o strategii. Niektóre slajdy są objaśnione na osobnej stronie. Przewodnik: { $link }
faq-starters-keywords = inspiracj, conversation starters, starter, czynniki zmian, czynnik, drivers, driver, prezentacj, slajd, slides, powerpoint, przewodnik do dyskusji, na początek rozmowy, pytania na start, przełamanie lodów, rozgrzewk

faq-survey-title = Jak mogę przekazać opinię w ankiecie?
faq-survey-answer = W ankiecie możesz bezpośrednio przekazać swoją opinię zespołowi ds. strategii. Wyślij /survey, aby wypełnić ją tutaj, na czacie, albo otwórz ją w przeglądarce: { $link }
faq-survey-keywords = ankiet, kwestionariusz, sondaż, survey, feedback, opini, zdanie, informacja zwrotna, głosow, formularz, wypełni, odpowiedzieć na pytania, co myślę, co sądzę, uwagi, propozycj, sugesti, krytyk

faq-phase-title = Kiedy zaczyna się następny etap?
faq-phase-answer = Następny etap rozmów w społecznościach zacznie się w styczniu.
faq-phase-keywords = następny etap, kolejny etap, etap, faz, kiedy, harmonogram, termin, stycz, następny krok, kolejny krok, data, kalendarz, kolejna runda, co dalej, wkrótce, kontynuac, kiedy ruszy, zaczyna się

faq-reports-title = Gdzie przeczytam raporty z wydarzeń i raporty miesięczne?
faq-reports-answer = Raporty z wydarzeń społeczności od czerwca do września 2019 roku oraz raporty miesięczne są zebrane na stronie Participate: { $link }
faq-reports-keywords = raport, sprawozdani, miesięczn, co miesiąc, relacj, wynik, rezultat, podsumow, streszcz, protokół, notatk, czerw, wrzes, 2019, przeczytać, co się wydarzyło, co się działo, wydarzeni

faq-support-title = Kto mi pomoże i komu przekazać wyniki naszej dyskusji?
faq-support-answer = Specjalista ds. relacji ze społecznością i łącznicy ds. strategii społeczności wspierają osoby prowadzące dyskusje i zbierają ich wyniki. Podziel się z nimi wynikami albo poproś ich o pomoc. Wyślij /liaison, aby znaleźć swoją osobę kontaktową.
faq-support-keywords = pomo, wsparci, wspier, kontakt, skontaktow, e-mail, mail, kogo zapytać, kogo pytać, zapytać kogoś, specjalist, relacji ze społecznością, community relations, przekazać wyniki, wysłać wyniki, podzielić się wynikami, wyniki naszej, doradz, komu, do kogo, zwróc, wyniki, wysłać

faq-faqpage-title = Gdzie jest pełne FAQ o rozmowach w społecznościach?
faq-faqpage-answer = Na stronie FAQ jest osobna sekcja z odpowiedziami na pytania o rozmowy w społecznościach: { $link }
faq-faqpage-keywords = faq, najczęściej zadawane, często zadawane, pytania i odpowiedzi, strona z pytaniami, pełne faq, całe faq, więcej pytań, inne pytania, pozostałe pytania, wszystkie pytania, odpowiedzi, dokumentacj, więcej informacji, szczegół
