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
cmd-liaison = تىلىڭىزنىڭ ئالاقىچىسىنى تېپىش
cmd-salon = ئىستراتېگىيە سالونىنى قانداق ئۇيۇشتۇرۇش
cmd-discuss = ئۆزىڭىز قانداق مۇزاكىرە باشلاش
cmd-privacy = سىز ھەققىڭىزدە نېمىلەرنى ساقلايمەن
cmd-forget = سىز ھەققىڭىزدە ساقلىغانلىرىمنىڭ ھەممىسىنى ئۆچۈرۈش
cmd-cancel = ئىجرا بولۇۋاتقان ئىشنى توختىتىش
