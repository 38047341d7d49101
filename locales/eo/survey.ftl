# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = Per ĉi tiu mallonga enketo vi povas rekte sciigi viajn opiniojn al la strategia teamo de la movado. Viaj respondoj estas konservataj sub pseŭdonima identigilo, neniam kun via konto. Vi povas reiri, preterlasi nedevigajn demandojn aŭ ĉesi iam ajn per /cancel.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = Demando { $step } el { $total }: { $question }
survey-role = Kiel vi partoprenas en la Vikimedia movado?
survey-role-editor = Mi redaktas Vikimedian projekton
survey-role-affiliate = Mi aktivas en afiliito aŭ grupo
survey-role-organizer = Mi organizas eventojn aŭ varbadon
survey-role-technical = Mi kontribuas teknikan laboron
survey-role-reader = Mi legas, donacas aŭ diskonigas
survey-role-new = Mi estas nova en la movado
survey-areas = Kiuj el la temaj kampoj plej gravas por vi? Elektu tiom, kiom vi volas, kaj poste premu „Farite“.
    .title = Kiuj el la temaj kampoj plej gravas por vi?
survey-areas-advocacy = Pledado
survey-areas-capacity = Kreskigo de kapabloj
survey-areas-health = Komunuma sano
survey-areas-diversity = Diverseco
survey-areas-partnerships = Partnerecoj
survey-areas-product = Produkto kaj teknologio
survey-areas-resources = Distribuado de rimedoj
survey-areas-revenue = Enspezfontoj
survey-areas-roles = Roloj kaj respondecoj
survey-involved = Kiom engaĝita vi ĝis nun sentas vin en la konversacioj pri la movada strategio? Elektu de 1 (tute ne) ĝis 5 (tre multe).
    .title = Kiom engaĝita vi ĝis nun sentas vin en la konversacioj pri la movada strategio? (1 = tute ne, 5 = tre multe)
survey-ways = Kiel vi ŝatus partopreni en la konversacioj? Elektu iujn ajn, kaj poste premu „Farite“.
    .title = Kiel vi ŝatus partopreni en la konversacioj?
survey-ways-salon = Ĉe ĉeesta Strategia Salono
survey-ways-wiki = En diskutoj en la vikioj
survey-ways-chat = En sociaj retoj aŭ babilgrupoj
survey-ways-group = En mia afiliito aŭ grupo
survey-ways-survey = Per enketoj kiel ĉi tiu
survey-host = Ĉu via afiliito aŭ grupo ŝatus okazigi Strategian Salonon?
survey-youth = Kelkaj Strategiaj Salonoj estas por junuloj. Ĉu vi ŝatus partopreni en unu?
survey-change = Kio ŝanĝiĝu en la movado? Bonvolu respondi per viaj propraj vortoj.
survey-consent = Ĉu via Komunuma Strategia Peranto rajtas kontakti vin pri viaj respondoj?
survey-thanks = Dankon! Viaj respondoj estas konservitaj. Vi povas rigardi aŭ ŝanĝi ilin iam ajn per /survey.
survey-done-before = Vi jam respondis ĉi tiun enketon. Viaj respondoj:

    { $summary }

    Ĉu vi volas ŝanĝi ilin?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = Ŝanĝi miajn respondojn
survey-keep-answers = Konservi ilin
survey-kept = Viaj respondoj restas senŝanĝaj. Dankon!
survey-resume = Bonvenon denove! Ni daŭrigu de tie, kie vi haltis.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = Via nefinita { $command } estas flankenmetita: ĝi daŭros de tie, kie vi haltis, kiam vi finos ĉi tie.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = Reen al tio, kion vi faris antaŭe; neniu el viaj respondoj perdiĝis.
flow-back = Reen
flow-skip = Preterlasi
flow-done = Farite
flow-yes = Jes
flow-no = Ne
flow-skipped = preterlasita
flow-choose-button = Bonvolu respondi per unu el la butonoj.
flow-choose-at-least-one = Bonvolu elekti almenaŭ unu opcion, kaj poste premu „Farite“.
flow-too-long = Tiu respondo estas tro longa. Bonvolu uzi maksimume { $limit } signojn.
flow-bad-date = Bonvolu skribi daton, kiu jam pasis, ekzemple 2026-11-28.
flow-bad-number = Bonvolu skribi entjeron, ekzemple 12.
flow-bad-link = Bonvolu sendi ligilon, kiu komenciĝas per https://, aŭ premu „Preterlasi“.
flow-empty = Bonvolu tajpi vian respondon.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = Demando { $step } el { $total }: { $question }

    Via ĝisnuna respondo: { $answer }
flow-keep = Konservi ĉi tiun respondon
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] Pro via respondo unu demando forfalas: nun estas { $total } entute.
        [1] Pro via respondo aldoniĝas unu demando: nun estas { $total } entute.
       *[other] Via respondo ŝanĝas la nombron de demandoj: nun estas { $total } entute.
    }

    Demando { $step } el { $total }: { $question }
flow-not-current = Tiu butono apartenas al alia demando. Jen la nuna.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = Skribi mian respondon
