# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = Îmi pare rău, ceva n-a mers bine la mine. Încearcă din nou sau trimite /help.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = Îmi pare rău, acum nu pot salva nimic. Nimic din ce mi-ai spus înainte nu s-a pierdut; încearcă din nou peste câteva minute.
error-too-long = Mesajul e prea lung pentru mine. Te rog să-l scurtezi. Numărul maxim de caractere: { $limit }.
error-flood = Trimiți mesaje foarte repede. Te rog să aștepți { $seconds ->
        [one] o secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    } și să încerci din nou.
error-button-expired = Acest buton a expirat. Trimite /start ca să primești un meniu nou.
error-unsupported = Pot citi doar mesaje text și butoane. Trimite /help ca să vezi ce pot face.
error-private-only = Pentru confidențialitatea ta, { $command } funcționează doar într-un chat privat cu mine. Deschide un chat privat și trimite comanda acolo.
fallback = Îmi pare rău, nu am înțeles. Trimite /help ca să vezi ce pot face.
unknown-command = Nu cunosc comanda { $command }. Trimite /help ca să vezi ce pot face.
cancel-done = Gata, am oprit. Acum nu mai rulează nimic.
cancel-nothing = Nu e nimic de anulat.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = Deschide un chat privat
