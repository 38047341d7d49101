# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = ئۇقتۇرۇشنى پەقەت ئالاقىچىلار ۋە باشقۇرغۇچىلارلا يوللىيالايدۇ.
announce-ask-language = ئۇقتۇرۇش قايسى تىلنىڭ مۇشتەرىلىرىگە يوللانسۇن؟
announce-all = ھەممە تىللىرىم
announce-ask-text = ئۇقتۇرۇشنى يېزىڭ، ئەڭ كۆپ بولغاندا { $limit } ھەرپ.
announce-ask-link = ئۇلىنىش قوشامسىز؟ ئۇنى يوللاڭ (https:// بىلەن باشلانسۇن) ياكى «ئاتلاش»نى بېسىڭ.
announce-bad-link = بۇ https:// بىلەن باشلانغان ئۇلىنىش ئەمەس. ئۇلىنىش يوللاڭ ياكى «ئاتلاش»نى بېسىڭ.
announce-preview = ئالدىن كۆرۈش:

    { $text }

    بۇ ئۇقتۇرۇش { $people ->
        [one] بىر ئادەمگە
       *[other] { $people } ئادەمگە
    } ۋە { $channels ->
        [one] بىر قانال ياكى گۇرۇپپىغا
       *[other] { $channels } قانال ياكى گۇرۇپپىغا
    } يېتىدۇ (تېلېگرام { $telegram }، دىسكورد { $discord }). ھازىرلا يوللايمۇ؟
announce-send = ھازىرلا يوللاش
announce-cancel = بىكار قىلىش
announce-queued = ئۇقتۇرۇشىڭىز { $count ->
        [one] بىر تاپشۇرۇۋالغۇچىغا
       *[other] { $count } تاپشۇرۇۋالغۇچىغا
    } يوللىنىۋاتىدۇ.
announce-cancelled = ئۇقتۇرۇش يوللانمىدى.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = ھەرىكەت ئىستراتېگىيەسى خىزمەت گۇرۇپپىسىنىڭ ئۇقتۇرۇشى:

    { $text }
    { $link }
