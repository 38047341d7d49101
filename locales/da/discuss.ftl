# How to start a discussion of your own (/discuss).

discuss-info = Ingen diskussion om dit emne eller i den kanal, hvor du er mest aktiv? Start selv en:
    • Brug værktøjskassen til fællesskabssamtaler (Community Conversations Toolkit) som guide: { $toolkit }
    • Oversæt temadokumenterne (scoping documents) til dit sprog: { $scoping }
    • Prøv samtalestarterne (Conversation Starters), en diskussionsguide om forandringens drivkræfter: { $starters }
    • Kontakt specialisten i fællesskabsrelationer eller en af fællesskabets strategikontaktpersoner (/liaison), hvis du har brug for støtte eller vil dele resultaterne af din diskussion.
