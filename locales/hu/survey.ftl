# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = Ezzel a rövid kérdőívvel közvetlenül megoszthatod a véleményedet a mozgalom stratégiai csapatával. A válaszaidat álnevesített azonosító alatt tárolom, sosem a fiókoddal együtt. Bármikor visszaléphetsz, kihagyhatod a nem kötelező kérdéseket, vagy a /cancel paranccsal abbahagyhatod a kitöltést.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = { $step }. kérdés (összesen { $total }): { $question }
survey-role = Hogyan veszel részt a Wikimédia-mozgalomban?
survey-role-editor = Wikimédia-projektet szerkesztek
survey-role-affiliate = Aktív vagyok egy partnerszervezetben
survey-role-organizer = Rendezvényeket, kampányokat szervezek
survey-role-technical = Technikai munkával segítek
survey-role-reader = Olvasok, adományozok, népszerűsítek
survey-role-new = Új vagyok a mozgalomban
survey-areas = Mely tematikus területek a legfontosabbak számodra? Válassz ki akárhányat, aztán nyomd meg a „Kész” gombot.
    .title = Mely tematikus területek a legfontosabbak számodra?
survey-areas-advocacy = Érdekképviselet
survey-areas-capacity = Kapacitásépítés
survey-areas-health = A közösség egészsége
survey-areas-diversity = Sokszínűség
survey-areas-partnerships = Partnerségek
survey-areas-product = Termék és technológia
survey-areas-resources = Erőforrás-elosztás
survey-areas-revenue = Bevételi források
survey-areas-roles = Szerepek és felelősségek
survey-involved = Eddig mennyire érzed magad részesének a mozgalom stratégiájáról szóló beszélgetéseknek? Válassz 1 (egyáltalán nem) és 5 (nagyon) között.
    .title = Eddig mennyire érzed magad részesének a mozgalom stratégiájáról szóló beszélgetéseknek? (1 = egyáltalán nem, 5 = nagyon)
survey-ways = Hogyan vennél részt szívesen a beszélgetésekben? Válassz ki bármennyit, aztán nyomd meg a „Kész” gombot.
    .title = Hogyan vennél részt szívesen a beszélgetésekben?
survey-ways-salon = Személyesen, stratégiai szalonon
survey-ways-wiki = A wikin zajló beszélgetésekben
survey-ways-chat = Közösségi médiában, csevegőcsoportban
survey-ways-group = A szervezetemben vagy csoportomban
survey-ways-survey = Ilyen kérdőíveken keresztül
survey-host = Szeretne a partnerszervezeted vagy a csoportod stratégiai szalont rendezni?
survey-youth = Egyes stratégiai szalonok fiataloknak szólnak. Szívesen részt vennél egyen?
survey-change = Minek kellene változnia a mozgalomban? Kérlek, a saját szavaiddal válaszolj.
survey-consent = Megkereshet a közösségi stratégiai kapcsolattartód a válaszaiddal kapcsolatban?
survey-thanks = Köszönöm! A válaszaidat elmentettem. A /survey paranccsal bármikor megnézheted vagy módosíthatod őket.
survey-done-before = Ezt a kérdőívet már kitöltötted. A válaszaid:

    { $summary }

    Szeretnéd módosítani őket?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = Válaszaim módosítása
survey-keep-answers = Maradjanak így
survey-kept = A válaszaid változatlanok maradnak. Köszönöm!
survey-resume = Üdv újra! Folytassuk ott, ahol abbahagytad.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = Amit a { $command } paranccsal elkezdtél, azt félretettem: ha itt végeztél, ott folytathatod, ahol abbahagytad.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = Visszatértünk ahhoz, amit korábban csináltál; egyetlen válaszod sem veszett el.
flow-back = Vissza
flow-skip = Kihagyás
flow-done = Kész
flow-yes = Igen
flow-no = Nem
flow-skipped = kihagyva
flow-choose-button = Kérlek, az egyik gombbal válaszolj.
flow-choose-at-least-one = Válassz ki legalább egy lehetőséget, aztán nyomd meg a „Kész” gombot.
flow-too-long = Ez a válasz túl hosszú. Legfeljebb { $limit } karaktert használj.
flow-bad-date = Kérlek, egy már elmúlt dátumot írj, például 2026-11-28.
flow-bad-number = Kérlek, egész számot írj, például 12.
flow-bad-link = Kérlek, https:// kezdetű linket küldj, vagy nyomd meg a „Kihagyás” gombot.
flow-empty = Kérlek, írd be a válaszodat.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = { $step }. kérdés (összesen { $total }): { $question }

    Eddigi válaszod: { $answer }
flow-keep = Maradjon ez a válasz
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] A válaszod miatt egy kérdés kimarad: most összesen { $total } kérdés van.
        [1] A válaszod miatt eggyel több kérdés lesz: most összesen { $total } kérdés van.
       *[other] A válaszod megváltoztatta a kérdések számát: most összesen { $total } kérdés van.
    }

    { $step }. kérdés (összesen { $total }): { $question }
flow-not-current = Ez a gomb egy másik kérdéshez tartozik. Itt az aktuális kérdés.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = Válaszom megírása
