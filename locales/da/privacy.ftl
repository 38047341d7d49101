# What is stored (/privacy) and deleting it (/forget).

privacy-info = Hvad jeg gemmer om dig, og hvorfor:
    • dit bruger-id på denne platform og det sprog, du har valgt, så jeg kan svare dig på dit sprog;
    • hvor du er i en samtale trin for trin, så du kan fortsætte efter en pause;
    • dine svar på spørgeskemaet under et pseudonymt id, der beregnes med en hemmelig nøgle, aldrig sammen med dit bruger-id;
    • hvis du melder dig som kontaktperson: din gruppe, dens sprog og de kontaktoplysninger, du giver, til strategiteamet;
    • de sprog, hvis meddelelser du får, og om hver meddelelse er nået frem til dig.
    Jeg gemmer ingen brugernavne og ingen kopier af dine beskeder. Send /forget for at slette alt, hvad jeg gemmer om dig.
forget-confirm = Vil du virkelig have, at jeg sletter alt, hvad jeg gemmer om dig? Det kan ikke fortrydes.
forget-yes = Ja, slet alt
forget-no = Nej, behold det
forget-done = Så er det gjort. Jeg har slettet alt, hvad jeg havde gemt om dig ({ $count ->
        [one] én post
       *[other] { $count } poster
    }).
forget-kept = Okay, der blev ikke slettet noget.
