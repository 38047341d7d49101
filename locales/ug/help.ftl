# The command list (/help) and the short description of each command.

help-text = مەن قىلالايدىغان ئىشلار:

    { $commands }

    شەخسىي سۆھبەتتە سوئالىڭىزنى بىۋاسىتە يازسىڭىزمۇ بولىدۇ.
# One line of the command list: the command and what it does.
help-line = بۇيرۇق { $command } — { $description }
cmd-start = باشلاش ۋە تىزىملىكنى كۆرسىتىش
cmd-help = نېمىلەرنى قىلالايمەن
cmd-language = تىل تاللاش
cmd-faq = سوئال-جاۋاب
cmd-survey = ئەنكېتكە قاتنىشىش
cmd-volunteer = گۇرۇپپىڭىزغا ئىختىيارىي ئالاقىچى بولۇش
cmd-results = ئەنكېت نەتىجىسى (ئالاقىچى ۋە باشقۇرغۇچىلار ئۈچۈن)
cmd-unanswered = سوئال-جاۋابتا جاۋابى يوق سوئاللار (ئالاقىچى ۋە باشقۇرغۇچىلار ئۈچۈن)
cmd-ask = بىر ئادەمدىن سوراش: ئالاقىچى سىزگە مۇشۇ يەردە جاۋاب بېرىدۇ
cmd-reply = سوئالغا جاۋاب بېرىش (ئالاقىچى ۋە باشقۇرغۇچىلار ئۈچۈن)
cmd-tickets = بىر ئادەمگە بېرىلگەن ئوچۇق سوئاللار (ئالاقىچى ۋە باشقۇرغۇچىلار ئۈچۈن)
cmd-share = مۇزاكىرىڭىزنىڭ نەتىجىسىنى ھەمبەھىرلەش
cmd-discussions = ھەمبەھىرلەنگەن مۇزاكىرە نەتىجىلىرى (ئالاقىچى ۋە باشقۇرغۇچىلار ئۈچۈن)
cmd-report = ئايلىق دوكلات (ئالاقىچى ۋە باشقۇرغۇچىلار ئۈچۈن)
cmd-events = يېقىندا ئۆتكۈزۈلىدىغان پائالىيەتلەر
cmd-subscribe = ئۆز تىلىڭىزدىكى ئۇقتۇرۇشلارنى تاپشۇرۇۋېلىش
cmd-unsubscribe = ئۇقتۇرۇش تاپشۇرۇۋېلىشنى توختىتىش
cmd-announce = ئۇقتۇرۇش يوللاش (ئالاقىچى ۋە باشقۇرغۇچىلار ئۈچۈن)
cmd-liaison = تىلىڭىزنىڭ ئالاقىچىسىنى تېپىش
cmd-salon = ئىستراتېگىيە سالونىنى قانداق ئۇيۇشتۇرۇش
cmd-discuss = ئۆزىڭىز قانداق مۇزاكىرە باشلاش
cmd-privacy = سىز ھەققىڭىزدە نېمىلەرنى ساقلايمەن
cmd-forget = سىز ھەققىڭىزدە ساقلىغانلىرىمنىڭ ھەممىسىنى ئۆچۈرۈش
cmd-cancel = ئىجرا بولۇۋاتقان ئىشنى توختىتىش
cmd-menu = تىزىملىكنى كۆرسىتىش
cmd-setup = مۇلازىمېتىر تىلى ۋە ئۇقتۇرۇش قانىلى (باشقۇرغۇچىلار ئۈچۈن)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = ياردەم
cmdname-menu = تىزىملىك
cmdname-faq = سوئال-جاۋاب
cmdname-survey = ئەنكېت
cmdname-volunteer = ئىختىيارىي
cmdname-liaison = ئالاقىچى
cmdname-salon = سالون
cmdname-discuss = مۇزاكىرە
cmdname-language = تىل
cmdname-privacy = مەخپىيەتلىك
cmdname-forget = ئۆچۈرۈش
cmdname-results = نەتىجە
cmdname-unanswered = جاۋابسىز
cmdname-cancel = توختىتىش
cmdname-setup = تەڭشەش
cmdname-ask = سوراش
cmdname-reply = جاۋاب
cmdname-tickets = سوئاللار
cmdname-share = ھەمبەھىرلەش
cmdname-discussions = مۇزاكىرىلەر
cmdname-report = دوكلات
cmdname-events = پائالىيەت
cmdname-subscribe = مۇشتەرى
cmdname-unsubscribe = مۇشتەرىلىكتىن-چىقىش
cmdname-announce = ئۇقتۇرۇش
# Descriptions of command options.
param-question = سوئالىڭىز، ئۆز سۆزىڭىز بىلەن
param-code = تىل كودى، مەسىلەن de، ar ياكى pt-BR
param-server-language = بوت بۇ مۇلازىمېتىردا ئىشلىتىدىغان تىل
param-channel = بوت ئۇقتۇرۇشلارنى ئېلان قىلىدىغان قانال
param-ticket = سوئال نومۇرى
param-answer = جاۋابىڭىز
param-month = ئاي، مەسىلەن 2026-11
