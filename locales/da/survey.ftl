# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = Med dette korte spørgeskema kan du dele dine synspunkter direkte med teamet bag bevægelsens strategi. Dine svar gemmes under et pseudonymt id, aldrig sammen med din konto. Du kan når som helst gå tilbage, springe valgfrie spørgsmål over eller stoppe med /cancel.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = Spørgsmål { $step } af { $total }: { $question }
survey-role = Hvordan deltager du i Wikimedia-bevægelsen?
survey-role-editor = Jeg redigerer et Wikimedia-projekt
survey-role-affiliate = Jeg er aktiv i en affilieret gruppe
survey-role-organizer = Jeg arrangerer events eller outreach
survey-role-technical = Jeg bidrager med teknisk arbejde
survey-role-reader = Jeg læser, donerer, spreder budskabet
survey-role-new = Jeg er ny i bevægelsen
survey-areas = Hvilke af de tematiske områder betyder mest for dig? Vælg så mange, du vil, og tryk så på »Færdig«.
    .title = Hvilke af de tematiske områder betyder mest for dig?
survey-areas-advocacy = Fortalervirksomhed
survey-areas-capacity = Kapacitetsopbygning
survey-areas-health = Fællesskabets trivsel
survey-areas-diversity = Mangfoldighed
survey-areas-partnerships = Partnerskaber
survey-areas-product = Produkt og teknologi
survey-areas-resources = Ressourcefordeling
survey-areas-revenue = Indtægtskilder
survey-areas-roles = Roller og ansvar
survey-involved = Hvor involveret føler du dig indtil nu i samtalerne om bevægelsens strategi? Vælg fra 1 (slet ikke) til 5 (i høj grad).
    .title = Hvor involveret føler du dig indtil nu i samtalerne om bevægelsens strategi? (1 = slet ikke, 5 = i høj grad)
survey-ways = Hvordan vil du gerne deltage i samtalerne? Vælg lige så mange, du vil, og tryk så på »Færdig«.
    .title = Hvordan vil du gerne deltage i samtalerne?
survey-ways-salon = Ved en fysisk strategisalon
survey-ways-wiki = I diskussioner på wikien
survey-ways-chat = På sociale medier eller i chatgrupper
survey-ways-group = I min organisation eller gruppe
survey-ways-survey = Via spørgeskemaer som dette
survey-host = Vil din affilierede organisation eller gruppe gerne holde en strategisalon?
survey-youth = Nogle strategisaloner er for unge. Vil du gerne deltage i en af dem?
survey-change = Hvad bør ændre sig i bevægelsen? Svar gerne med dine egne ord.
survey-consent = Må din strategikontaktperson kontakte dig om dine svar?
survey-thanks = Tak! Dine svar er gemt. Du kan når som helst se eller ændre dem med /survey.
survey-done-before = Du har allerede besvaret dette spørgeskema. Dine svar:

    { $summary }

    Vil du ændre dem?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = Ændr mine svar
survey-keep-answers = Behold dem
survey-kept = Dine svar forbliver, som de er. Tak!
survey-resume = Velkommen tilbage! Lad os fortsætte, hvor du slap.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = Det, du var i gang med i { $command }, er lagt til side: Når du er færdig her, fortsætter det, hvor du slap.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = Tilbage til det, du var i gang med før; intet af det, du har svaret, er gået tabt.
flow-back = Tilbage
flow-skip = Spring over
flow-done = Færdig
flow-yes = Ja
flow-no = Nej
flow-skipped = sprunget over
flow-choose-button = Svar med en af knapperne.
flow-choose-at-least-one = Vælg mindst én mulighed, og tryk så på »Færdig«.
flow-too-long = Det svar er for langt. Brug højst { $limit } tegn.
flow-bad-date = Skriv en dato, der allerede har været, for eksempel 2026-11-28.
flow-bad-number = Skriv et helt tal, for eksempel 12.
flow-bad-link = Send et link, der starter med https://, eller tryk på »Spring over«.
flow-empty = Skriv dit svar.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = Spørgsmål { $step } af { $total }: { $question }

    Dit svar indtil nu: { $answer }
flow-keep = Behold dette svar
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] Efter dit svar udgår ét spørgsmål: Der er nu { $total } i alt.
        [1] Efter dit svar kommer der ét spørgsmål mere: Der er nu { $total } i alt.
       *[other] Dit svar ændrer antallet af spørgsmål: Der er nu { $total } i alt.
    }

    Spørgsmål { $step } af { $total }: { $question }
flow-not-current = Den knap hører til et andet spørgsmål. Her er det aktuelle.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = Skriv mit svar
