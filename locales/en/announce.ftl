# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = Only liaisons and admins can send announcements.
announce-ask-language = To which language's subscribers should the announcement go?
announce-all = All my languages
announce-ask-text = Write the announcement, at most { $limit } characters.
announce-ask-link = Add a link? Send it (starting with https://), or press Skip.
announce-bad-link = That is not a link starting with https://. Send a link, or press Skip.
announce-preview = Preview:

    { $text }

    It will reach { $people ->
        [one] one person
       *[other] { $people } people
    } and { $channels ->
        [one] one channel or group
       *[other] { $channels } channels or groups
    } (Telegram { $telegram }, Discord { $discord }). Send it now?
announce-send = Send now
announce-cancel = Cancel
announce-queued = Your announcement is on its way to { $count ->
        [one] one recipient
       *[other] { $count } recipients
    }.
announce-cancelled = The announcement was not sent.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = Announcement from the movement strategy team:

    { $text }
    { $link }
