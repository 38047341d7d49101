# What is stored (/privacy) and deleting it (/forget).

privacy-info = Co o tobie przechowuję i dlaczego:
    • twój identyfikator użytkownika na tej platformie i wybrany przez ciebie język, żeby odpowiadać ci w twoim języku;
    • miejsce, w którym jesteś w rozmowie krok po kroku, oraz ankietę odłożoną na bok, gdy zajmujesz się czymś innym – żeby można było później do nich wrócić;
    • twoje odpowiedzi w ankiecie – pod pseudonimowym identyfikatorem obliczanym za pomocą tajnego klucza, nigdy razem z twoim identyfikatorem użytkownika;
    • jeśli zgłosisz się na łącznika: twoją grupę, jej język i podany przez ciebie kontakt – dla zespołu ds. strategii;
    • języki, w których otrzymujesz ogłoszenia, oraz ogłoszenia, które czekają na ciebie albo zostały ci już wysłane;
    • pytania wysłane przez ciebie do człowieka za pomocą /ask i wiadomości z tej rozmowy – żeby odpowiedzi do ciebie dotarły (łącznicy widzą twoje pytanie i jego język, nigdy twój identyfikator użytkownika);
    • wyniki dyskusji udostępnione przez ciebie za pomocą /share;
    • dzień twojego ostatniego kontaktu z botem – żeby raport miesięczny liczył każdą osobę tylko raz; sam raport zawiera wyłącznie liczby w podziale na dni i języki.
    Przechowuję to wszystko, dopóki nie wyślesz /forget – to polecenie usuwa wszystko naraz, także ogłoszenia, które nie zostały ci jeszcze wysłane. Ogłoszenia i wydarzenia dodane przez ciebie w roli łącznika zostają, ale nie widać już, kto je napisał; miesięczne liczby także zostają, bo nie zawierają niczego o tobie. Nie przechowuję nazw użytkowników ani kopii twoich pozostałych wiadomości{ $logged ->
        [yes] , z wyjątkiem pytań, na które nie udało mi się odpowiedzieć, i tych, których odpowiedź dostała 👎: ich treść przechowuję przez 30 dni, bez twojego identyfikatora użytkownika i czegokolwiek innego, co by na ciebie wskazywało, żeby osoby piszące odpowiedzi wiedziały, czego brakuje.
       *[no] .
    }
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
