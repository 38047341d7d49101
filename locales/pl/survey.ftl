# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = Ta krótka ankieta pozwala ci przekazać swoje zdanie bezpośrednio zespołowi ds. strategii ruchu. Twoje odpowiedzi są przechowywane pod pseudonimowym identyfikatorem, nigdy razem z twoim kontem. W każdej chwili możesz wrócić do poprzedniego pytania, pominąć pytania nieobowiązkowe albo przerwać ankietę poleceniem /cancel.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = Pytanie { $step } z { $total }: { $question }
survey-role = W jaki sposób uczestniczysz w ruchu Wikimedia?
survey-role-editor = Edytuję projekt Wikimedia
survey-role-affiliate = Działam w organizacji lub grupie
survey-role-organizer = Organizuję wydarzenia lub promocję
survey-role-technical = Wnoszę wkład techniczny
survey-role-reader = Czytam, wpłacam darowizny lub polecam
survey-role-new = Dopiero poznaję ruch
survey-areas = Które obszary tematyczne są dla ciebie najważniejsze? Wybierz dowolnie wiele, a potem naciśnij „Gotowe”.
    .title = Które obszary tematyczne są dla ciebie najważniejsze?
survey-areas-advocacy = Rzecznictwo
survey-areas-capacity = Budowanie potencjału
survey-areas-health = Zdrowie społeczności
survey-areas-diversity = Różnorodność
survey-areas-partnerships = Partnerstwa
survey-areas-product = Produkt i technologia
survey-areas-resources = Podział zasobów
survey-areas-revenue = Źródła przychodów
survey-areas-roles = Role i obowiązki
survey-involved = W jakim stopniu czujesz, że uczestniczysz w dotychczasowych rozmowach o strategii ruchu? Wybierz od 1 (wcale) do 5 (bardzo).
    .title = W jakim stopniu czujesz, że uczestniczysz w dotychczasowych rozmowach o strategii ruchu? (1 = wcale, 5 = bardzo)
survey-ways = Jak chcesz brać udział w rozmowach? Wybierz dowolne opcje, a potem naciśnij „Gotowe”.
    .title = Jak chcesz brać udział w rozmowach?
survey-ways-salon = Na żywo, na Salonie Strategicznym
survey-ways-wiki = W dyskusjach na wiki
survey-ways-chat = W mediach społecznościowych, na czatach
survey-ways-group = W mojej organizacji lub grupie
survey-ways-survey = Przez ankiety takie jak ta
survey-host = Czy twoja organizacja afiliowana lub grupa chciałaby zorganizować Salon Strategiczny?
survey-youth = Niektóre Salony Strategiczne są przeznaczone dla młodych ludzi. Chcesz wziąć udział w takim salonie?
survey-change = Co powinno się zmienić w ruchu? Odpowiedz własnymi słowami.
survey-consent = Czy twój łącznik ds. strategii społeczności może się z tobą skontaktować w sprawie twoich odpowiedzi?
survey-thanks = Dziękuję! Twoje odpowiedzi zostały zapisane. W każdej chwili możesz je przejrzeć lub zmienić poleceniem /survey.
survey-done-before = Ta ankieta jest już przez ciebie wypełniona. Twoje odpowiedzi:

    { $summary }

    Czy chcesz je zmienić?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = Zmień odpowiedzi
survey-keep-answers = Zostaw bez zmian
survey-kept = Twoje odpowiedzi pozostają bez zmian. Dziękuję!
survey-resume = Witaj ponownie! Wróćmy do miejsca, w którym skończyliśmy.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = Twoja niedokończona rozmowa { $command } została odłożona na bok: gdy tu skończysz, wrócisz do niej tam, gdzie przerwano.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = Wracamy do poprzedniej rozmowy; żadna z twoich odpowiedzi nie przepadła.
flow-back = Wstecz
flow-skip = Pomiń
flow-done = Gotowe
flow-yes = Tak
flow-no = Nie
flow-skipped = pominięto
flow-choose-button = Odpowiedz, używając jednego z przycisków.
flow-choose-at-least-one = Wybierz co najmniej jedną opcję, a potem naciśnij „Gotowe”.
flow-too-long = Ta odpowiedź jest za długa. Maksymalna liczba znaków to { $limit }.
flow-bad-date = Wpisz datę, która już minęła, na przykład 2026-11-28.
flow-bad-number = Wpisz liczbę całkowitą, na przykład 12.
flow-bad-link = Wyślij link zaczynający się od https:// albo naciśnij „Pomiń”.
flow-empty = Wpisz swoją odpowiedź.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = Pytanie { $step } z { $total }: { $question }

    Twoja dotychczasowa odpowiedź: { $answer }
flow-keep = Zostaw tę odpowiedź
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] Po twojej odpowiedzi jedno pytanie odpada. Liczba pytań wynosi teraz { $total }.
        [1] Po twojej odpowiedzi dochodzi jedno pytanie. Liczba pytań wynosi teraz { $total }.
       *[other] Twoja odpowiedź zmienia liczbę pytań. Wynosi ona teraz { $total }.
    }

    Pytanie { $step } z { $total }: { $question }
flow-not-current = Ten przycisk należy do innego pytania. Oto bieżące pytanie.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = Wpisz odpowiedź
