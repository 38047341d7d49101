# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = Tak, fordi du vil melde dig som organisatorisk strategikontaktperson for din gruppe! Tjek først listen for at se, om din gruppe allerede har en: { $list }
    Der følger tre korte spørgsmål; med /cancel kan du stoppe når som helst.
volunteer-group = Hvad hedder din organiserede gruppe (for eksempel din affilierede organisation eller brugergruppe)?
volunteer-language = Hvilket sprog taler din gruppe mest?
volunteer-contact = Hvordan kan strategiteamet få fat i dig? For eksempel via dit brugernavn på Meta-Wiki eller en e-mailadresse.
volunteer-confirm = Tjek venligst din tilmelding:
    Gruppe: { $group }
    Sprog: { $language }
    Kontakt: { $contact }
    Skal jeg sende den?
volunteer-send = Send
volunteer-thanks = Tak! Strategiteamet har modtaget din tilmelding og kontakter dig.
# Sent to the bot's admins, each in their own language.
volunteer-notify = Ny tilmelding som organisatorisk strategikontaktperson:
    Gruppe: { $group }
    Sprog: { $language }
    Kontakt: { $contact }
    Tilmeldt via: { $platform }
