# The liaison for the user's language (/liaison).

liaison-found = Die Strategie-Ansprechperson für { $language } leitet die Strategiegespräche deiner Sprachgemeinschaft, im Wiki und in sozialen Medien.
    Ansprechperson: { $name }
    Kontakt: { $contact }
    Hier finden die Gespräche statt: { $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = Die Strategie-Ansprechperson für { $language } leitet die Strategiegespräche deiner Sprachgemeinschaft, im Wiki und in sozialen Medien. Ihr Name ist hier noch nicht veröffentlicht; du erreichst sie über den Kontakt unten.
    Kontakt: { $contact }
    Hier finden die Gespräche statt: { $channels }
liaison-none = Für { $language } gibt es noch keine Strategie-Ansprechperson der Sprachgemeinschaft, aber du kannst trotzdem mitmachen:
    • Die Fachperson für Community Relations unterstützt Diskussionen in jeder Sprache: { $specialist }
    • Strategie-Ansprechpersonen für Organisationen leiten die Gespräche in organisierten Gruppen. Sieh nach, ob deine Gruppe eine hat: { $list }
    • Wenn deine Gruppe noch keine hat, melde dich freiwillig als ihre Strategie-Ansprechperson: { $volunteer }
