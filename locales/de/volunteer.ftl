# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = Danke, dass du dich als Strategie-Ansprechperson für Organisationen für deine Gruppe melden möchtest! Sieh zuerst in der Liste nach, ob deine Gruppe schon eine hat: { $list }
    Es folgen drei kurze Fragen; mit /cancel kannst du jederzeit abbrechen.
volunteer-group = Wie heißt deine organisierte Gruppe (zum Beispiel dein Affiliate oder deine Benutzergruppe)?
volunteer-language = In welcher Sprache spricht deine Gruppe hauptsächlich?
volunteer-contact = Wie kann das Strategieteam dich erreichen? Zum Beispiel über deinen Benutzernamen auf Meta-Wiki oder eine E-Mail-Adresse.
volunteer-confirm = Bitte prüfe deine Anmeldung:
    Gruppe: { $group }
    Sprache: { $language }
    Kontakt: { $contact }
    Soll ich sie absenden?
volunteer-send = Absenden
volunteer-thanks = Danke! Das Strategieteam hat deine Anmeldung erhalten und meldet sich bei dir.
# Sent to the bot's admins, each in their own language.
volunteer-notify = Neue Anmeldung als Strategie-Ansprechperson für Organisationen:
    Gruppe: { $group }
    Sprache: { $language }
    Kontakt: { $contact }
    Angemeldet über: { $platform }
