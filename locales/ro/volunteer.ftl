# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = Mulțumesc că te oferi voluntar drept coordonator de strategie pentru organizații al grupului tău! Verifică mai întâi în listă dacă grupul tău are deja unul: { $list }
    Urmează trei întrebări scurte; te poți opri oricând cu /cancel.
volunteer-group = Cum se numește grupul tău organizat (de exemplu, afiliatul sau grupul tău de utilizatori)?
volunteer-language = În ce limbă comunică de obicei grupul tău?
volunteer-contact = Cum te poate contacta echipa de strategie? De exemplu, numele tău de utilizator pe Meta-Wiki sau o adresă de e-mail.
volunteer-confirm = Te rog să-ți verifici înscrierea:
    Grup: { $group }
    Limbă: { $language }
    Contact: { $contact }
    O trimit?
volunteer-send = Trimite
volunteer-thanks = Mulțumesc! Echipa de strategie a primit înscrierea ta și te va contacta.
# Sent to the bot's admins, each in their own language.
volunteer-notify = Înscriere nouă pentru rolul de coordonator de strategie pentru organizații:
    Grup: { $group }
    Limbă: { $language }
    Contact: { $contact }
    Înscriere făcută pe: { $platform }
