# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = بولدى. ئەمدى { $language } تىلىدىكى ئۇقتۇرۇشلارنى تاپشۇرۇۋالىسىز. توختىتىش ئۈچۈن /unsubscribe بۇيرۇقىنى يوللاڭ.
subscribe-already = سىز { $language } تىلىدىكى ئۇقتۇرۇشلارنى ئاللىبۇرۇن تاپشۇرۇۋېلىۋاتىسىز.
unsubscribe-done = بولدى. بۇنىڭدىن كېيىن { $language } تىلىدىكى ئۇقتۇرۇشلارنى تاپشۇرۇۋالمايسىز.
unsubscribe-not = سىز { $language } تىلىدىكى ئۇقتۇرۇشلارنى تاپشۇرۇۋالمايتتىڭىز.
subscribe-group-admin-only = بۇ گۇرۇپپىنى ئۇقتۇرۇشلارغا مۇشتەرى قىلىش ياكى مۇشتەرىلىكتىن چىقىرىشنى پەقەت گۇرۇپپا باشقۇرغۇچىلىرىلا قىلالايدۇ.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = مەن «{ $code }» دېگەن تىل كودىنى بىلمەيمەن. تۆۋەندىكى كودلارنىڭ بىرىنى { $command } بۇيرۇقىنىڭ كەينىگە قوشۇپ يوللاڭ: { $codes }
subscribe-group-done = بولدى. بۇ گۇرۇپپا ئەمدى { $language } تىلىدىكى ئۇقتۇرۇشلارنى تاپشۇرۇۋالىدۇ.
unsubscribe-group-done = بولدى. بۇ گۇرۇپپا بۇنىڭدىن كېيىن { $language } تىلىدىكى ئۇقتۇرۇشلارنى تاپشۇرۇۋالمايدۇ.
