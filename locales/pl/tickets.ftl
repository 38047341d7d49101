# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 Zapytaj człowieka
ask-intro = Napisz swoje pytanie do człowieka. Trafi ono do łączników dla twojego języka ({ $language }), a jeśli ich nie ma – do zespołu ds. strategii. Odpowiedzą ci tutaj, na tym czacie.
ask-question = O co chcesz zapytać?
ask-contact = Jeśli chcesz, dodaj, jak jeszcze można się z tobą skontaktować (na przykład swoją nazwę użytkownika na Meta-Wiki). Bez tego łącznik nie wie, kim jesteś. Naciśnij „Pomiń”, aby zachować anonimowość.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = Twoje pytanie zostało zarejestrowane jako zgłoszenie #{ $ticket }. { $to ->
        [liaison] Otrzymali je łącznicy dla twojego języka ({ $language }), którzy odpowiedzą ci tutaj.
       *[team] Otrzymał je zespół ds. strategii, który odpowie ci tutaj.
    } Możesz dopisać coś więcej, odpowiadając na ich wiadomość.
ask-too-many = Masz już maksymalną liczbę pytań czekających na odpowiedź: { $most }. Poczekaj na odpowiedź albo zamknij pytanie, które jest już rozwiązane.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 Zgłoszenie #{ $ticket } · { $language }
    { $question }

    Odpowiedz na tę wiadomość, naciśnij „Odpowiedz” albo napisz /reply { $ticket } i swoją odpowiedź.
ticket-new-contact = 🎫 Zgłoszenie #{ $ticket } · { $language }
    { $question }

    Podany kontakt: { $contact }
    Odpowiedz na tę wiadomość, naciśnij „Odpowiedz” albo napisz /reply { $ticket } i swoją odpowiedź.
ticket-followup = 🎫 Zgłoszenie #{ $ticket } · { $language } · osoba pytająca pisze:
    { $text }
# What the member receives.
ticket-answer = 💬 Odpowiedź na twoje pytanie #{ $ticket }:
    { $text }

    Odpowiedz na tę wiadomość albo naciśnij „Odpowiedz”, aby odpisać.
ticket-closed = Twoje pytanie #{ $ticket } zostało zamknięte. Dziękuję! Wyślij /ask, aby zadać nowe pytanie.

ticket-button-answer = ✎ Odpowiedz
ticket-button-reply = ✎ Odpowiedz
ticket-button-claim = Przejmij
ticket-button-close = Zamknij
ticket-button-solved = ✓ Rozwiązane
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = Napisz wiadomość do zgłoszenia #{ $ticket }:
ticket-sent = Wysłano do zgłoszenia #{ $ticket }.
ticket-gone = Zgłoszenie #{ $ticket } jest zamknięte albo nie istnieje.
ticket-not-yours = Nie możesz pisać w zgłoszeniu #{ $ticket }: dotyczy ono innego języka.
ticket-claimed = Przejmujesz zgłoszenie #{ $ticket }: kolejne wiadomości osoby pytającej będą trafiać do ciebie.
ticket-claimed-other = Zgłoszenie #{ $ticket } przejął już inny łącznik.
ticket-closed-done = Zgłoszenie #{ $ticket } zostało zamknięte.
reply-usage = Napisz /reply, numer zgłoszenia i swoją odpowiedź, na przykład: /reply 12 Dziękuję za pytanie!

tickets-not-allowed = Zgłoszenia mogą przeglądać tylko łącznicy i administratorzy.
tickets-none = Brak otwartych pytań ({ $languages }).
tickets-list = Otwarte pytania ({ $languages }), łącznie { $count }:
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] twoje
        [claimed] przejęte
       *[open] otwarte
    } · { $question }
