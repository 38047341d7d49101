# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = Bejelentést csak kapcsolattartók és adminisztrátorok küldhetnek.
announce-ask-language = Melyik nyelv feliratkozóinak szóljon a bejelentés?
announce-all = Az összes nyelvem
announce-ask-text = Írd meg a bejelentést, legfeljebb { $limit } karakterben.
announce-ask-link = Hozzáadsz egy linket? Küldd el (https:// kezdettel), vagy nyomd meg a „Kihagyás” gombot.
announce-bad-link = Ez nem https:// kezdetű link. Küldj egy linket, vagy nyomd meg a „Kihagyás” gombot.
announce-preview = Előnézet:

    { $text }

    A bejelentés { $people ->
        [one] egy emberhez
       *[other] { $people } emberhez
    } és { $channels ->
        [one] egy csatornához vagy csoporthoz
       *[other] { $channels } csatornához vagy csoporthoz
    } jut el (Telegram { $telegram }, Discord { $discord }). Elküldjem most?
announce-send = Küldés most
announce-cancel = Mégse
announce-queued = A bejelentésed úton van { $count ->
        [one] egy címzetthez
       *[other] { $count } címzetthez
    }.
announce-cancelled = A bejelentést nem küldtem el.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = Bejelentés a mozgalom stratégiai csapatától:

    { $text }
    { $link }
