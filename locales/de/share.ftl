# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 Ergebnisse teilen
share-intro = Danke, dass du eine Diskussion veranstaltet hast! Ich stelle dir ein paar Fragen dazu, eine nach der anderen; bevor du absendest, siehst du alles noch einmal. Die Ansprechpersonen für die Sprache der Diskussion bekommen eine Zusammenfassung.
share-group = Wer hat die Diskussion veranstaltet? Schreib den Namen deiner Gruppe oder Community.
share-language = In welcher Sprache wurde die Diskussion geführt?
share-date = An welchem Tag fand sie statt? Schreib das Datum so: 2026-11-28.
share-participants = Wie viele Personen haben teilgenommen?
share-themes = Welche Themenbereiche wurden angesprochen? Wähle so viele aus, wie passen, und tippe dann auf „Fertig“.
share-themes-advocacy = Interessenvertretung
share-themes-capacity = Kapazitätsaufbau
share-themes-health = Gesundheit der Community
share-themes-diversity = Vielfalt
share-themes-partnerships = Partnerschaften
share-themes-product = Produkt & Technologie
share-themes-resources = Ressourcenverteilung
share-themes-revenue = Einnahmequellen
share-themes-roles = Rollen & Verantwortlichkeiten
share-conclusions = Was waren die wichtigsten Schlussfolgerungen? (höchstens 3.000 Zeichen)
share-link = Wenn es Notizen im Wiki gibt, sende den Link dazu (beginnend mit https://). Sonst tippe auf „Überspringen“.
share-preview = Bitte prüfe alles, bevor du es absendest:
    Gruppe: { $group }
    Sprache: { $language }
    Datum: { $date }
    Personen: { $participants }
    Themen: { $themes }
    Schlussfolgerungen: { $conclusions }
    Notizen: { $link }
share-submit = Absenden
share-thanks = Danke! Deine Ergebnisse sind als Diskussion #{ $number } gespeichert, und die Ansprechpersonen für die Sprache der Diskussion haben eine Zusammenfassung bekommen.
share-notify = 📝 Diskussionsergebnisse #{ $number } · { $language }
    { $group }, { $date }, { $participants ->
        [one] eine Person
       *[other] { $participants } Personen
    }
    { $summary }

discussions-not-allowed = Nur Ansprechpersonen und Admins können geteilte Diskussionsergebnisse sehen.
discussions-none = Für { $languages } wurden noch keine Diskussionsergebnisse geteilt.
discussions-list = Geteilte Diskussionsergebnisse für { $languages } (die neuesten { $count }):

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] eine Person
       *[other] { $participants } Personen
    }
    { $themes }
    { $summary }
    { $link }
