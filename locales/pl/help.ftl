# The command list (/help) and the short description of each command.

help-text = Oto, co potrafię:

    { $commands }

    W prywatnym czacie możesz też po prostu wpisać pytanie.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Uruchom i pokaż menu
cmd-help = Co potrafię
cmd-language = Wybierz język
cmd-faq = Pytania i odpowiedzi
cmd-survey = Wypełnij ankietę
cmd-volunteer = Zgłoś się na łącznika swojej grupy
cmd-results = Wyniki ankiety (dla łączników i administratorów)
cmd-unanswered = Pytania bez odpowiedzi w FAQ (dla łączników i administratorów)
cmd-ask = Zapytaj człowieka: łącznik odpowie ci tutaj
cmd-reply = Odpowiedz na zgłoszenie (dla łączników i administratorów)
cmd-tickets = Otwarte zgłoszenia (dla łączników i administratorów)
cmd-share = Podziel się wynikami swojej dyskusji
cmd-discussions = Udostępnione wyniki dyskusji (dla łączników i administratorów)
cmd-report = Raport miesięczny (dla łączników i administratorów)
cmd-events = Nadchodzące wydarzenia
cmd-subscribe = Otrzymuj ogłoszenia w swoim języku
cmd-unsubscribe = Przestań otrzymywać ogłoszenia
cmd-announce = Wyślij ogłoszenie (dla łączników i administratorów)
cmd-liaison = Znajdź łącznika dla swojego języka
cmd-salon = Jak zorganizować Salon Strategiczny
cmd-discuss = Jak rozpocząć własną dyskusję
cmd-privacy = Co o tobie przechowuję
cmd-forget = Usuń wszystko, co o tobie przechowuję
cmd-cancel = Zatrzymaj bieżące działanie
cmd-menu = Pokaż menu
cmd-setup = Język serwera i kanał ogłoszeń (dla administratorów)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = pomoc
cmdname-menu = menu
cmdname-faq = faq
cmdname-survey = ankieta
cmdname-volunteer = zgłoszenie
cmdname-liaison = łącznik
cmdname-salon = salon
cmdname-discuss = dyskusja
cmdname-language = język
cmdname-privacy = prywatność
cmdname-forget = zapomnij
cmdname-results = wyniki
cmdname-unanswered = bez-odpowiedzi
cmdname-cancel = anuluj
cmdname-setup = konfiguracja
cmdname-ask = zapytaj
cmdname-reply = odpowiedz
cmdname-tickets = zgłoszenia
cmdname-share = udostępnij
cmdname-discussions = wyniki-dyskusji
cmdname-report = raport
cmdname-events = wydarzenia
cmdname-subscribe = subskrybuj
cmdname-unsubscribe = odsubskrybuj
cmdname-announce = ogłoszenie
# Descriptions of command options.
param-question = Twoje pytanie, własnymi słowami
param-code = Kod języka, np. de, ar lub pt-BR
param-server-language = Język, którego bot używa na tym serwerze
param-channel = Gdzie bot publikuje ogłoszenia
param-ticket = Numer zgłoszenia
param-answer = Twoja odpowiedź
param-month = Miesiąc, np. 2026-11
