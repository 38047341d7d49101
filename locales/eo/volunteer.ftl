# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = Dankon, ke vi volontulas kiel Organiza Strategia Peranto por via grupo! Unue kontrolu en la listo, ĉu via grupo jam havas tian: { $list }
    Sekvas tri mallongaj demandoj; per /cancel vi povas ĉesi iam ajn.
volunteer-group = Kiel nomiĝas via organizita grupo (ekzemple via afiliito aŭ uzantogrupo)?
volunteer-language = En kiu lingvo via grupo plejparte komunikas?
volunteer-contact = Kiel la strategia teamo povas kontakti vin? Ekzemple per via uzantnomo en Meta-Vikio aŭ per retpoŝtadreso.
volunteer-confirm = Bonvolu kontroli vian aliĝon:
    Grupo: { $group }
    Lingvo: { $language }
    Kontakto: { $contact }
    Ĉu mi sendu ĝin?
volunteer-send = Sendi
volunteer-thanks = Dankon! La strategia teamo ricevis vian aliĝon kaj kontaktos vin.
# Sent to the bot's admins, each in their own language.
volunteer-notify = Nova aliĝo kiel Organiza Strategia Peranto:
    Grupo: { $group }
    Lingvo: { $language }
    Kontakto: { $contact }
    Aliĝis per: { $platform }
