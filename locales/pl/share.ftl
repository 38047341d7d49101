# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 Podziel się wynikami
share-intro = Dziękuję za przeprowadzenie dyskusji! Zadam o niej kilka pytań, po jednym naraz; przed wysłaniem zobaczysz całość. Łącznicy dla języka dyskusji otrzymają podsumowanie.
share-group = Kto prowadził dyskusję? Podaj nazwę swojej grupy lub społeczności.
share-language = W jakim języku toczyła się dyskusja?
share-date = Którego dnia się odbyła? Wpisz datę w formacie 2026-11-28.
share-participants = Ile osób wzięło w niej udział?
share-themes = Których obszarów tematycznych dotyczyła? Wybierz wszystkie pasujące, a potem naciśnij „Gotowe”.
share-themes-advocacy = Rzecznictwo
share-themes-capacity = Budowanie potencjału
share-themes-health = Zdrowie społeczności
share-themes-diversity = Różnorodność
share-themes-partnerships = Partnerstwa
share-themes-product = Produkt i technologia
share-themes-resources = Podział zasobów
share-themes-revenue = Źródła przychodów
share-themes-roles = Role i obowiązki
share-conclusions = Jakie były główne wnioski? (maksymalnie 3000 znaków)
share-link = Jeśli na wiki są notatki z dyskusji, wyślij link do nich (zaczynający się od https://). W przeciwnym razie naciśnij „Pomiń”.
share-preview = Sprawdź przed wysłaniem:
    Grupa: { $group }
    Język: { $language }
    Data: { $date }
    Liczba osób: { $participants }
    Tematy: { $themes }
    Wnioski: { $conclusions }
    Notatki: { $link }
share-submit = Wyślij
share-thanks = Dziękuję! Twoje wyniki zostały zapisane jako dyskusja #{ $number }, a łącznicy dla jej języka otrzymali podsumowanie.
share-notify = 📝 Wyniki dyskusji #{ $number } · { $language }
    { $group }, { $date }, { $participants ->
        [one] jedna osoba
        [few] { $participants } osoby
        [many] { $participants } osób
       *[other] { $participants } osoby
    }
    { $summary }

discussions-not-allowed = Udostępnione wyniki dyskusji mogą przeglądać tylko łącznicy i administratorzy.
discussions-none = Nikt jeszcze nie udostępnił wyników dyskusji ({ $languages }).
discussions-list = Udostępnione wyniki dyskusji ({ $languages }), ostatnie { $count }:

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] jedna osoba
        [few] { $participants } osoby
        [many] { $participants } osób
       *[other] { $participants } osoby
    }
    { $themes }
    { $summary }
    { $link }
