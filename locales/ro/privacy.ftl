# What is stored (/privacy) and deleting it (/forget).

privacy-info = Ce păstrez despre tine și de ce:
    • ID-ul tău de utilizator pe această platformă și limba pe care ai ales-o, ca să-ți pot răspunde în limba ta;
    • unde ai rămas într-o conversație pas cu pas și un sondaj pe care l-ai lăsat deoparte ca să faci altceva, ca să poți continua mai târziu;
    • răspunsurile tale la sondaj, sub un identificator pseudonim calculat cu o cheie secretă, niciodată împreună cu ID-ul tău de utilizator;
    • dacă te oferi voluntar drept coordonator: grupul tău, limba lui și datele de contact pe care le dai, pentru echipa de strategie;
    • limbile ale căror anunțuri le primești și anunțurile care te așteaptă sau care ți-au fost deja trimise;
    • întrebările pe care le trimiți unui om cu /ask și mesajele din acea conversație, ca răspunsurile să ajungă la tine (coordonatorii văd întrebarea ta și limba ei, niciodată ID-ul tău de utilizator);
    • rezultatele discuțiilor pe care le trimiți cu /share;
    • ziua în care ai folosit ultima dată botul, ca raportul lunar să numere fiecare persoană o singură dată; raportul în sine conține doar numere pe zile și pe limbi.
    Păstrez toate acestea până când trimiți /forget, care le șterge pe toate deodată, inclusiv anunțurile care încă nu ți-au fost trimise. Anunțurile și evenimentele pe care le-ai scris în calitate de coordonator rămân, dar nu mai arată cine le-a scris; numerele lunare rămân și ele, fiindcă nu conțin nimic despre tine. Nu păstrez nume de utilizator și nici copii ale celorlalte mesaje ale tale{ $logged ->
        [yes] , cu excepția întrebărilor la care n-am putut răspunde și a celor al căror răspuns a primit 👎: le păstrez textul timp de 30 de zile, fără ID-ul tău de utilizator sau altceva care să ducă la tine, ca oamenii care scriu răspunsurile să afle ce lipsește.
       *[no] .
    }
forget-confirm = Chiar vrei să șterg tot ce păstrez despre tine? Acțiunea nu poate fi anulată.
forget-yes = Da, șterge tot
forget-no = Nu, păstrează
forget-done = Gata. Am șters tot ce păstram despre tine ({ $count ->
        [one] o înregistrare
        [few] { $count } înregistrări
       *[other] { $count } de înregistrări
    }).
forget-kept = Bine, nu am șters nimic.
