# Upcoming events (/events) and reminders before them.

events-none = ھازىرچە { $language } تىلىدا يېقىندا ئۆتكۈزۈلىدىغان پائالىيەت يوق. يېڭى پائالىيەتلەردىن خەۋەر تېپىش ئۈچۈن /subscribe بۇيرۇقىنى يوللاڭ.
events-list = يېقىندا ئۆتكۈزۈلىدىغان پائالىيەتلەر:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = پائالىيەت: { $title } — ۋاقتى: { $when } ({ $zone })
    ئۇلىنىش: { $link }
events-item-no-link = پائالىيەت: { $title } — ۋاقتى: { $when } ({ $zone })
events-reminder = ئەسكەرتىش: «{ $title }» باشلىنىدۇ — ۋاقتى: { $when } ({ $zone }).
    ئۇلىنىش: { $link }
events-reminder-no-link = ئەسكەرتىش: «{ $title }» باشلىنىدۇ — ۋاقتى: { $when } ({ $zone }).
# The seed event from the campaign page.
event-next-phase-title = جامائەت سۆھبەتلىرىنىڭ كېيىنكى باسقۇچى
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = پائالىيەتنىڭ نامى نېمە؟ ماۋزۇسىنى قاتناشقۇچىلىرىنىڭ تىلىدا يېزىڭ.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = پائالىيەت قوشۇشنى پەقەت ئالاقىچىلار ۋە باشقۇرغۇچىلارلا قىلالايدۇ. يېقىندا ئۆتكۈزۈلىدىغان پائالىيەتلەرنى كۆرۈش ئۈچۈن /events بۇيرۇقىنى يوللاڭ.
events-ask-when = قاچان باشلىنىدۇ؟ يەرلىك چېسلا ۋە ۋاقىتنى مۇنداق يېزىڭ: 2026-12-01 18:00
events-bad-when = بۇ چېسلانى ئوقۇيالمىدىم. ئۇنى مۇنداق يېزىڭ: 2026-12-01 18:00 (كەلگۈسىدىكى بىر چېسلا).
events-ask-zone = بۇ قايسى ۋاقىت رايونىنىڭ ۋاقتى؟ ئۇنىڭ نامىنى يوللاڭ، مەسىلەن Europe/Berlin، America/Sao_Paulo ياكى Asia/Kolkata، ياكى UTC ئۈچۈن «ئاتلاش»نى بېسىڭ.
events-bad-zone = مەن «{ $zone }» دېگەن ۋاقىت رايونىنى بىلمەيمەن. Europe/Berlin دېگەندەك بىر نامنى يوللاڭ ياكى UTC ئۈچۈن «ئاتلاش»نى بېسىڭ.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = سىز يازغان { $when } دېگەن ۋاقىت «{ $zone }» ۋاقىت رايونىدا مەۋجۇت ئەمەس، چۈنكى شۇ چاغدا سائەتلەر ئالدىغا سۈرۈلىدۇ. باشقا بىر چېسلا ۋە ۋاقىتنى يوللاڭ، مەسىلەن { $instead }.
events-time-twice = سىز يازغان { $when } دېگەن ۋاقىت «{ $zone }» ۋاقىت رايونىدا ئىككى قېتىم كېلىدۇ، چۈنكى شۇ چاغدا سائەتلەر كەينىگە سۈرۈلىدۇ. ئۇنى UTC بىلەن بولغان ۋاقىت پەرقىنى قوشۇپ قايتا يوللاڭ: بىرىنچىسى ئۈچۈن { $first }، ئىككىنچىسى ئۈچۈن { $second }.
events-added = بولدى. پائالىيەت { $languages } ئۈچۈن تىزىملىككە كىرگۈزۈلدى — ۋاقتى: { $when } ({ $zone }). مۇشتەرىلىرى بىر كۈن بۇرۇن ئەسكەرتىش تاپشۇرۇۋالىدۇ.
