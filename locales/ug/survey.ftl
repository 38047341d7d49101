# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = بۇ قىسقا ئەنكېت ئارقىلىق كۆز قارىشىڭىزنى ھەرىكەت ئىستراتېگىيەسى خىزمەت گۇرۇپپىسىغا بىۋاسىتە يەتكۈزەلەيسىز. جاۋابلىرىڭىز تەخەللۇسلۇق نومۇر ئاستىدا ساقلىنىدۇ، ھېچقاچان ھېساباتىڭىز بىلەن باغلانمايدۇ. خالىغان ۋاقىتتا ئالدىنقى سوئالغا قايتالايسىز، مەجبۇرىي بولمىغان سوئاللاردىن ئاتلاپ ئۆتەلەيسىز ياكى /cancel بۇيرۇقى ئارقىلىق توختىتالايسىز.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = جەمئىي { $total } سوئالنىڭ { $step }-سى: { $question }
survey-role = ۋىكىمېدىيا ھەرىكىتىگە قانداق قاتنىشىسىز؟
survey-role-editor = ۋىكىمېدىيا تۈرلىرىنى تەھرىرلەيمەن
survey-role-affiliate = شېرىك تەشكىلات ياكى گۇرۇپپىدا ئاكتىپمەن
survey-role-organizer = پائالىيەت ياكى تەشۋىقات ئۇيۇشتۇرىمەن
survey-role-technical = تېخنىكىلىق تۆھپە قوشىمەن
survey-role-reader = ئوقۇيمەن، ئىئانە قىلىمەن، تونۇشتۇرىمەن
survey-role-new = ھەرىكەتكە يېڭى قوشۇلدۇم
survey-areas = قايسى تېمىلىق ساھەلەر سىز ئۈچۈن ئەڭ مۇھىم؟ خالىغانچە تاللاڭ، ئاندىن «تامام»نى بېسىڭ.
    .title = قايسى تېمىلىق ساھەلەر سىز ئۈچۈن ئەڭ مۇھىم؟
survey-areas-advocacy = تەشەببۇس ۋە ياقىلاش
survey-areas-capacity = ئىقتىدار يېتىلدۈرۈش
survey-areas-health = جامائەت ساغلاملىقى
survey-areas-diversity = كۆپ خىللىق
survey-areas-partnerships = ھەمكارلىق مۇناسىۋەتلىرى
survey-areas-product = مەھسۇلات ۋە تېخنىكا
survey-areas-resources = بايلىق تەقسىماتى
survey-areas-revenue = كىرىم مەنبەلىرى
survey-areas-roles = رول ۋە مەسئۇلىيەتلەر
survey-involved = ھازىرغىچە ھەرىكەت ئىستراتېگىيەسى سۆھبەتلىرىگە قانچىلىك قاتنىشىۋاتقاندەك ھېس قىلىسىز؟ بىردىن بەشكىچە تاللاڭ (1 — پەقەتلا ياق، 5 — ناھايىتى كۆپ).
    .title = ھازىرغىچە ھەرىكەت ئىستراتېگىيەسى سۆھبەتلىرىگە قانچىلىك قاتنىشىۋاتقاندەك ھېس قىلىسىز؟ (1 — پەقەتلا ياق، 5 — ناھايىتى كۆپ)
survey-ways = سۆھبەتلەرگە قانداق شەكىلدە قاتنىشىشنى خالايسىز؟ خالىغانچە تاللاڭ، ئاندىن «تامام»نى بېسىڭ.
    .title = سۆھبەتلەرگە قانداق شەكىلدە قاتنىشىشنى خالايسىز؟
survey-ways-salon = يۈزتۇرانە ئىستراتېگىيە سالونىدا
survey-ways-wiki = ۋىكىدىكى مۇزاكىرىلەردە
survey-ways-chat = ئىجتىمائىي تاراتقۇ، چات گۇرۇپپىلىرىدا
survey-ways-group = شېرىك تەشكىلاتىم ياكى گۇرۇپپامدا
survey-ways-survey = مۇشۇنىڭغا ئوخشاش ئەنكېتلەر ئارقىلىق
survey-host = شېرىك تەشكىلاتىڭىز ياكى گۇرۇپپىڭىز ئىستراتېگىيە سالونى ئۇيۇشتۇرۇشنى خالامدۇ؟
survey-youth = بەزى ئىستراتېگىيە سالونلىرى ياشلار ئۈچۈن. شۇنداق سالونلارنىڭ بىرىگە قاتنىشىشنى خالامسىز؟
survey-change = ھەرىكەتتە نېمىلەر ئۆزگىرىشى كېرەك؟ ئۆز سۆزىڭىز بىلەن جاۋاب بېرىڭ.
survey-consent = جامائەت ئىستراتېگىيە ئالاقىچىڭىز جاۋابلىرىڭىز ھەققىدە سىز بىلەن ئالاقىلىشىشىغا قوشۇلامسىز؟
survey-thanks = رەھمەت! جاۋابلىرىڭىز ساقلاندى. خالىغان ۋاقىتتا /survey بۇيرۇقى ئارقىلىق ئۇلارنى كۆرەلەيسىز ياكى ئۆزگەرتەلەيسىز.
survey-done-before = بۇ ئەنكېتكە ئىلگىرى جاۋاب بەرگەنسىز. جاۋابلىرىڭىز:

    { $summary }

    ئۇلارنى ئۆزگەرتەمسىز؟
# One line of the summary of someone's answers.
survey-summary-line = سوئال: { $question } — جاۋاب: { $answer }
survey-change-answers = جاۋابلارنى ئۆزگەرتىش
survey-keep-answers = ئۆز پېتى قالسۇن
survey-kept = جاۋابلىرىڭىز ئۆز پېتى قالدى. رەھمەت!
survey-resume = قايتىپ كەلگىنىڭىزنى قارشى ئالىمىز! قالغان يەردىن داۋاملاشتۇرايلى.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = تاماملانمىغان { $command } ۋاقتىنچە توختىتىپ قويۇلدى: بۇ يەردىكى ئىشىڭىز تۈگىگەندە، قالغان يېرىڭىزدىن داۋاملىشىدۇ.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = ئىلگىرى قىلىۋاتقان ئىشىڭىزغا قايتتۇق؛ بەرگەن جاۋابلىرىڭىزنىڭ ھېچقايسىسى يوقالمىدى.
flow-back = قايتىش
flow-skip = ئاتلاش
flow-done = تامام
flow-yes = ھەئە
flow-no = ياق
flow-skipped = ئاتلاپ ئۆتۈلدى
flow-choose-button = كۇنۇپكىلارنىڭ بىرى ئارقىلىق جاۋاب بېرىڭ.
flow-choose-at-least-one = كەم دېگەندە بىر تاللاشنى تاللاڭ، ئاندىن «تامام»نى بېسىڭ.
flow-too-long = بۇ جاۋاب بەك ئۇزۇن. ئەڭ كۆپ بولغاندا { $limit } ھەرپ يېزىڭ.
flow-bad-date = ئۆتۈپ كەتكەن بىر چېسلانى يېزىڭ، مەسىلەن 2026-11-28.
flow-bad-number = پۈتۈن سان يېزىڭ، مەسىلەن 12.
flow-bad-link = ئۇلىنىش يوللاڭ (https:// بىلەن باشلانسۇن) ياكى «ئاتلاش»نى بېسىڭ.
flow-empty = جاۋابىڭىزنى يېزىڭ.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = جەمئىي { $total } سوئالنىڭ { $step }-سى: { $question }

    ھازىرغىچە بەرگەن جاۋابىڭىز: { $answer }
flow-keep = بۇ جاۋاب قالسۇن
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = جاۋابىڭىزغا ئاساسەن { $change ->
        [-1] بىر سوئال چىقىرىۋېتىلدى؛ ھازىر جەمئىي { $total } سوئال بار.
        [1] بىر سوئال قوشۇلدى؛ ھازىر جەمئىي { $total } سوئال بار.
       *[other] سوئاللارنىڭ سانى ئۆزگەردى؛ ھازىر جەمئىي { $total } سوئال بار.
    }

    جەمئىي { $total } سوئالنىڭ { $step }-سى: { $question }
flow-not-current = بۇ كۇنۇپكا باشقا بىر سوئالغا تەۋە. نۆۋەتتىكى سوئال مانا بۇ.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = جاۋاب يېزىش
