# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 بىر ئادەمدىن سوراش
ask-intro = بىر ئادەمگە بەرمەكچى بولغان سوئالىڭىزنى يېزىڭ. سوئالىڭىز تىلىڭىز ({ $language }) ئالاقىچىلىرىغا (ئالاقىچى بولمىسا، ئىستراتېگىيە خىزمەت گۇرۇپپىسىغا) يېتىدۇ، ئۇلار سىزگە مۇشۇ سۆھبەتتە جاۋاب بېرىدۇ.
ask-question = نېمە سورىماقچىسىز؟
ask-contact = خالىسىڭىز، ئۇلارنىڭ سىز بىلەن يەنە قانداق ئالاقىلىشالايدىغانلىقىنى قوشۇڭ (مەسىلەن، مېتا-ۋىكىدىكى ئىشلەتكۈچى ئىسمىڭىز). بولمىسا ئالاقىچى سىزنىڭ كىم ئىكەنلىكىڭىزنى بىلمەيدۇ. نامسىز قېلىش ئۈچۈن «ئاتلاش»نى بېسىڭ.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = سوئالىڭىزنىڭ نومۇرى #{ $ticket }. { $to ->
        [liaison] ئۇ تىلىڭىز ({ $language }) ئالاقىچىلىرىغا يەتتى
       *[team] ئۇ ئىستراتېگىيە خىزمەت گۇرۇپپىسىغا يەتتى
    }، ئۇلار سىزگە مۇشۇ يەردە جاۋاب بېرىدۇ. ئۇلارنىڭ جاۋابىغا جاۋاب قايتۇرۇپ، يەنە يازالايسىز.
ask-too-many = سىزنىڭ جاۋاب كۈتۈۋاتقان { $most } سوئالىڭىز بار. جاۋابنى ساقلاڭ ياكى ھەل بولغان بىرىنى تاقاڭ.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 سوئال #{ $ticket } · { $language }
    { $question }

    بۇ ئۇچۇرغا جاۋاب قايتۇرۇڭ، «جاۋاب بېرىش»نى بېسىڭ ياكى /reply { $ticket } دەپ يېزىپ، ئارقىسىغا جاۋابىڭىزنى قوشۇڭ.
ticket-new-contact = 🎫 سوئال #{ $ticket } · { $language }
    { $question }

    بېرىلگەن ئالاقە ئۇسۇلى: { $contact }
    بۇ ئۇچۇرغا جاۋاب قايتۇرۇڭ، «جاۋاب بېرىش»نى بېسىڭ ياكى /reply { $ticket } دەپ يېزىپ، ئارقىسىغا جاۋابىڭىزنى قوشۇڭ.
ticket-followup = 🎫 سوئال #{ $ticket } · { $language } · سورىغۇچى يازىدۇ:
    { $text }
# What the member receives.
ticket-answer = 💬 سوئالىڭىزغا جاۋاب (#{ $ticket }):
    { $text }

    قايتا يېزىش ئۈچۈن بۇ ئۇچۇرغا جاۋاب قايتۇرۇڭ ياكى «جاۋاب قايتۇرۇش»نى بېسىڭ.
ticket-closed = سوئالىڭىز (#{ $ticket }) تاقالدى. رەھمەت! يېڭى سوئال ئۈچۈن /ask بۇيرۇقىنى يوللاڭ.

ticket-button-answer = ✎ جاۋاب بېرىش
ticket-button-reply = ✎ جاۋاب قايتۇرۇش
ticket-button-claim = ئۈستىگە ئېلىش
ticket-button-close = تاقاش
ticket-button-solved = ✓ ھەل بولدى
ticket-button-number = ✎ سوئال #{ $ticket }
ticket-write-prompt = سوئال #{ $ticket } ئۈچۈن ئۇچۇرىڭىزنى يېزىڭ:
ticket-sent = يوللاندى: سوئال #{ $ticket }.
ticket-gone = سوئال #{ $ticket } تاقالغان ياكى مەۋجۇت ئەمەس.
ticket-not-yours = سوئال #{ $ticket } باشقا بىر تىلغا تەۋە، شۇڭا ئۇنىڭغا يازالمايسىز.
ticket-claimed = سوئال #{ $ticket } ئەمدى سىزنىڭ ئۈستىڭىزدە: سورىغۇچىنىڭ كېيىنكى ئۇچۇرلىرى سىزگە كېلىدۇ.
ticket-claimed-other = بۇ سوئالنى (#{ $ticket }) باشقا بىر ئالاقىچى ئاللىقاچان ئۈستىگە ئالدى.
ticket-closed-done = سوئال #{ $ticket } تاقالدى.
reply-usage = ئالدى بىلەن /reply، ئاندىن سوئال نومۇرى ۋە جاۋابىڭىزنى يېزىڭ، مەسىلەن: /reply 12 سورىغىنىڭىزغا رەھمەت!

tickets-not-allowed = بىر ئادەمگە بېرىلگەن سوئاللارنى پەقەت ئالاقىچىلار ۋە باشقۇرغۇچىلارلا كۆرەلەيدۇ.
tickets-none = ھازىرچە ئوچۇق سوئال يوق ({ $languages }).
tickets-list = ئوچۇق سوئاللار ({ $languages })، جەمئىي { $count }:
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = سوئال #{ $ticket } · { $language } · { $status ->
        [mine] سىزدە
        [claimed] باشقىلاردا
       *[open] ئوچۇق
    } · { $question }
