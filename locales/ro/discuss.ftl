# How to start a discussion of your own (/discuss).

discuss-info = Nu există nicio discuție pe tema ta sau pe canalul unde ești cel mai activ? Pornește tu una:
    • Folosește ca ghid Trusa pentru conversații în comunitate (Community Conversations Toolkit): { $toolkit }
    • Tradu în limba ta documentele care definesc temele de discuție: { $scoping }
    • Încearcă „Idei pentru începutul conversației” (Conversation Starters), un ghid de discuție despre factorii care aduc schimbarea: { $starters }
    • Pentru sprijin și ca să împărtășești rezultatele discuției, contactează Specialistul în relații cu comunitatea sau un coordonator de strategie pentru comunitate (/liaison).
