# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = Acest scurt sondaj îți permite să-ți împărtășești părerile direct cu echipa de strategie a mișcării. Răspunsurile tale sunt păstrate sub un identificator pseudonim, niciodată împreună cu contul tău. Poți reveni la întrebarea anterioară, poți sări peste întrebările opționale sau te poți opri oricând cu /cancel.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = Întrebarea { $step } din { $total }: { $question }
survey-role = Cum participi la mișcarea Wikimedia?
survey-role-editor = Editez un proiect Wikimedia
survey-role-affiliate = Activez într-un afiliat sau grup
survey-role-organizer = Organizez evenimente și campanii
survey-role-technical = Contribui la partea tehnică
survey-role-reader = Citesc, donez sau recomand altora
survey-role-new = Abia am descoperit mișcarea
survey-areas = Care dintre domeniile tematice contează cel mai mult pentru tine? Alege oricâte vrei, apoi apasă „Gata”.
    .title = Care dintre domeniile tematice contează cel mai mult pentru tine?
survey-areas-advocacy = Susținere publică (advocacy)
survey-areas-capacity = Dezvoltarea capacităților
survey-areas-health = Sănătatea comunității
survey-areas-diversity = Diversitate
survey-areas-partnerships = Parteneriate
survey-areas-product = Produs și tehnologie
survey-areas-resources = Alocarea resurselor
survey-areas-revenue = Surse de venit
survey-areas-roles = Roluri și responsabilități
survey-involved = În ce măsură simți că iei parte până acum la conversațiile despre strategia mișcării? Alege de la 1 (deloc) la 5 (foarte mult).
    .title = În ce măsură simți că iei parte până acum la conversațiile despre strategia mișcării? (1 = deloc, 5 = foarte mult)
survey-ways = Cum ai vrea să participi la conversații? Alege oricâte variante, apoi apasă „Gata”.
    .title = Cum ai vrea să participi la conversații?
survey-ways-salon = La un Salon de strategie, în persoană
survey-ways-wiki = În discuții pe wiki
survey-ways-chat = Pe rețele sociale sau în chaturi
survey-ways-group = În afiliatul sau grupul meu
survey-ways-survey = Prin sondaje ca acesta
survey-host = Ar vrea afiliatul sau grupul tău să organizeze un Salon de strategie?
survey-youth = Unele Saloane de strategie sunt dedicate tinerilor. Ai vrea să participi la unul?
survey-change = Ce ar trebui să se schimbe în mișcare? Te rog să răspunzi cu cuvintele tale.
survey-consent = Te poate contacta coordonatorul tău de strategie pentru comunitate în legătură cu răspunsurile tale?
survey-thanks = Mulțumesc! Răspunsurile tale au fost salvate. Le poți vedea sau schimba oricând cu /survey.
survey-done-before = Ai răspuns deja la acest sondaj. Răspunsurile tale:

    { $summary }

    Vrei să le schimbi?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = Schimbă răspunsurile
survey-keep-answers = Păstrează-le
survey-kept = Răspunsurile tale rămân neschimbate. Mulțumesc!
survey-resume = Bine ai revenit! Hai să continuăm de unde ai rămas.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = Ce ai început cu { $command } și n-ai terminat rămâne deoparte: când termini aici, continui de unde ai rămas.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = Ne întoarcem la ce făceai înainte; niciun răspuns de-al tău nu s-a pierdut.
flow-back = Înapoi
flow-skip = Sari peste
flow-done = Gata
flow-yes = Da
flow-no = Nu
flow-skipped = fără răspuns
flow-choose-button = Te rog să răspunzi folosind unul dintre butoane.
flow-choose-at-least-one = Te rog să alegi cel puțin o variantă, apoi apasă „Gata”.
flow-too-long = Răspunsul e prea lung. Te rog să-l scurtezi. Numărul maxim de caractere: { $limit }.
flow-bad-date = Te rog să scrii o dată care a trecut deja, de exemplu 2026-11-28.
flow-bad-number = Te rog să scrii un număr întreg, de exemplu 12.
flow-bad-link = Te rog să trimiți un link care începe cu https:// sau apasă „Sari peste”.
flow-empty = Te rog să scrii răspunsul.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = Întrebarea { $step } din { $total }: { $question }

    Răspunsul tău de până acum: { $answer }
flow-keep = Păstrează răspunsul
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] În urma răspunsului tău, o întrebare nu mai apare: acum sunt { $total } în total.
        [1] În urma răspunsului tău, apare o întrebare în plus: acum sunt { $total } în total.
       *[other] Răspunsul tău schimbă numărul întrebărilor: acum sunt { $total } în total.
    }

    Întrebarea { $step } din { $total }: { $question }
flow-not-current = Butonul acesta ține de altă întrebare. Iată întrebarea curentă.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = Scrie răspunsul
