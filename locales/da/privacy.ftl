# What is stored (/privacy) and deleting it (/forget).

privacy-info = Hvad jeg gemmer om dig, og hvorfor:
    • dit bruger-id på denne platform og det sprog, du har valgt, så jeg kan svare dig på dit sprog;
    • hvor du er i en samtale trin for trin, og et spørgeskema, du har lagt til side for at gøre noget andet, så du kan fortsætte senere;
    • dine svar på spørgeskemaet under et pseudonymt id, der beregnes med en hemmelig nøgle, aldrig sammen med dit bruger-id;
    • hvis du melder dig som kontaktperson: din gruppe, dens sprog og de kontaktoplysninger, du giver, til strategiteamet;
    • de sprog, hvis meddelelser du får, og de meddelelser, der venter på dig eller allerede er sendt til dig;
    • spørgsmål, du sender til et menneske med /ask, og beskederne i den samtale, så svarene når frem til dig (kontaktpersonerne ser dit spørgsmål og dets sprog, aldrig dit bruger-id);
    • diskussionsresultater, du deler med /share;
    • den dag, du sidst brugte botten, så månedsrapporten kun tæller hver person én gang; selve rapporten indeholder kun antal pr. dag og sprog.
    Jeg gemmer alt dette, indtil du sender /forget, som sletter det hele på én gang, også meddelelser, der endnu ikke er sendt til dig. Meddelelser og begivenheder, du har skrevet som kontaktperson, bliver liggende, men viser ikke længere, hvem der har skrevet dem; de månedlige tal bliver også liggende, da de ikke indeholder noget om dig. Jeg gemmer ingen brugernavne og ingen kopier af dine andre beskeder{ $logged ->
        [yes] , bortset fra de spørgsmål, jeg ikke kunne besvare, og dem, hvis svar fik en 👎: teksten fra dem gemmer jeg i 30 dage, uden dit bruger-id eller noget andet, der peger på dig, så de personer, der skriver svarene, kan se, hvad der mangler.
       *[no] .
    }
forget-confirm = Vil du virkelig have, at jeg sletter alt, hvad jeg gemmer om dig? Det kan ikke fortrydes.
forget-yes = Ja, slet alt
forget-no = Nej, behold det
forget-done = Så er det gjort. Jeg har slettet alt, hvad jeg havde gemt om dig ({ $count ->
        [one] én post
       *[other] { $count } poster
    }).
forget-kept = Okay, der blev ikke slettet noget.
