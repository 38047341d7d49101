# What is stored (/privacy) and deleting it (/forget).

privacy-info = Co o tobie przechowuję i dlaczego:
    • twój identyfikator użytkownika na tej platformie i wybrany przez ciebie język, żeby odpowiadać ci w twoim języku;
    • miejsce, w którym jesteś w rozmowie krok po kroku, żeby można było wrócić do niej po przerwie;
    • twoje odpowiedzi w ankiecie – pod pseudonimowym identyfikatorem obliczanym za pomocą tajnego klucza, nigdy razem z twoim identyfikatorem użytkownika;
    • jeśli zgłosisz się na łącznika: twoją grupę, jej język i podany przez ciebie kontakt – dla zespołu ds. strategii;
    • języki, w których otrzymujesz ogłoszenia, oraz to, czy każde ogłoszenie do ciebie dotarło.
    Nie przechowuję nazw użytkowników ani kopii twoich wiadomości. Wyślij /forget, aby usunąć wszystko, co o tobie przechowuję.
forget-confirm = Czy na pewno mam usunąć wszystko, co o tobie przechowuję? Tego nie da się cofnąć.
forget-yes = Tak, usuń wszystko
forget-no = Nie, zachowaj
forget-done = Gotowe. Wszystkie twoje dane zostały usunięte ({ $count ->
        [one] jeden wpis
        [few] { $count } wpisy
        [many] { $count } wpisów
       *[other] { $count } wpisu
    }).
forget-kept = W porządku, nic nie zostało usunięte.
