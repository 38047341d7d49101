# Upcoming events (/events) and reminders before them.

events-none = ھازىرچە { $language } تىلىدا يېقىندا ئۆتكۈزۈلىدىغان پائالىيەت يوق. يېڭى پائالىيەتلەردىن خەۋەر تېپىش ئۈچۈن /subscribe بۇيرۇقىنى يوللاڭ.
events-list = يېقىندا ئۆتكۈزۈلىدىغان پائالىيەتلەر:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = پائالىيەت: { $title } — ۋاقتى: { $when } ({ $zone })
    ئۇلىنىش: { $link }
events-reminder = ئەسكەرتىش: «{ $title }» باشلىنىدۇ — ۋاقتى: { $when } ({ $zone }).
    ئۇلىنىش: { $link }
# The seed event from the campaign page.
event-next-phase-title = جامائەت سۆھبەتلىرىنىڭ كېيىنكى باسقۇچى
