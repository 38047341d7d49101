# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = Mit dieser kurzen Umfrage kannst du deine Sicht direkt mit dem Strategieteam der Bewegung teilen. Deine Antworten werden unter einer pseudonymen Kennung gespeichert, nie zusammen mit deinem Konto. Du kannst jederzeit zurückgehen, optionale Fragen überspringen oder mit /cancel abbrechen.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = Frage { $step } von { $total }: { $question }
survey-role = Wie wirkst du in der Wikimedia-Bewegung mit?
survey-role-editor = Ich bearbeite Wikimedia-Projekte
survey-role-affiliate = Aktiv in Affiliate oder Benutzergruppe
survey-role-organizer = Ich organisiere Events oder Outreach
survey-role-technical = Ich arbeite technisch mit
survey-role-reader = Ich lese, spende oder empfehle weiter
survey-role-new = Ich bin neu in der Bewegung
survey-areas = Welche Themenbereiche sind dir am wichtigsten? Wähle so viele aus, wie du möchtest, und tippe dann auf „Fertig“.
    .title = Welche Themenbereiche sind dir am wichtigsten?
survey-areas-advocacy = Interessenvertretung
survey-areas-capacity = Kapazitätsaufbau
survey-areas-health = Gesundheit der Community
survey-areas-diversity = Vielfalt
survey-areas-partnerships = Partnerschaften
survey-areas-product = Produkt & Technologie
survey-areas-resources = Ressourcenverteilung
survey-areas-revenue = Einnahmequellen
survey-areas-roles = Rollen & Verantwortlichkeiten
survey-involved = Wie sehr fühlst du dich bisher in die Gespräche zur Bewegungsstrategie eingebunden? Wähle von 1 (gar nicht) bis 5 (sehr stark).
    .title = Wie sehr fühlst du dich bisher in die Gespräche zur Bewegungsstrategie eingebunden? (1 = gar nicht, 5 = sehr stark)
survey-ways = Wie möchtest du dich an den Gesprächen beteiligen? Wähle beliebig viele aus und tippe dann auf „Fertig“.
    .title = Wie möchtest du dich an den Gesprächen beteiligen?
survey-ways-salon = Bei einem Strategie-Salon vor Ort
survey-ways-wiki = In Diskussionen im Wiki
survey-ways-chat = In sozialen Medien oder Chatgruppen
survey-ways-group = In meinem Affiliate oder meiner Gruppe
survey-ways-survey = Über Umfragen wie diese
survey-host = Möchte dein Affiliate oder deine Gruppe einen Strategie-Salon veranstalten?
survey-youth = Einige Strategie-Salons richten sich an junge Menschen. Möchtest du an einem teilnehmen?
survey-change = Was sollte sich in der Bewegung ändern? Bitte antworte in deinen eigenen Worten.
survey-consent = Darf deine Strategie-Ansprechperson dich wegen deiner Antworten kontaktieren?
survey-thanks = Danke! Deine Antworten sind gespeichert. Mit /survey kannst du sie jederzeit ansehen oder ändern.
survey-done-before = Du hast diese Umfrage schon beantwortet. Deine Antworten:

    { $summary }

    Möchtest du sie ändern?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = Antworten ändern
survey-keep-answers = Beibehalten
survey-kept = Deine Antworten bleiben, wie sie sind. Danke!
survey-resume = Willkommen zurück! Machen wir da weiter, wo du aufgehört hast.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = Was du mit { $command } angefangen hast, lege ich beiseite: Sobald du hier fertig bist, geht es dort weiter, wo du aufgehört hast.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = Zurück zu dem, was du vorher gemacht hast; keine deiner Antworten ist verloren gegangen.
flow-back = Zurück
flow-skip = Überspringen
flow-done = Fertig
flow-yes = Ja
flow-no = Nein
flow-skipped = übersprungen
flow-choose-button = Bitte antworte mit einer der Schaltflächen.
flow-choose-at-least-one = Bitte wähle mindestens eine Option aus und tippe dann auf „Fertig“.
flow-too-long = Diese Antwort ist zu lang. Bitte verwende höchstens { $limit } Zeichen.
flow-bad-date = Bitte schreib ein Datum, das schon vergangen ist, zum Beispiel 2026-11-28.
flow-bad-number = Bitte schreib eine ganze Zahl, zum Beispiel 12.
flow-bad-link = Bitte sende einen Link, der mit https:// beginnt, oder tippe auf „Überspringen“.
flow-empty = Bitte schreib deine Antwort.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = Frage { $step } von { $total }: { $question }

    Deine bisherige Antwort: { $answer }
flow-keep = Antwort beibehalten
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] Durch deine Antwort fällt eine Frage weg: Jetzt sind es insgesamt { $total }.
        [1] Durch deine Antwort kommt eine Frage hinzu: Jetzt sind es insgesamt { $total }.
       *[other] Durch deine Antwort ändert sich die Zahl der Fragen: Jetzt sind es insgesamt { $total }.
    }

    Frage { $step } von { $total }: { $question }
flow-not-current = Diese Schaltfläche gehört zu einer anderen Frage. Hier ist die aktuelle.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = Antwort schreiben
