# Upcoming events (/events) and reminders before them.

events-none = अभी { $language } में कोई आगामी कार्यक्रम नहीं है। नए कार्यक्रमों की जानकारी पाने के लिए /subscribe भेजें।
events-list = आगामी कार्यक्रम:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = याद दिला दूँ: { $title } { $when } ({ $zone }) को शुरू होगा।
    { $link }
# The seed event from the campaign page.
event-next-phase-title = सामुदायिक चर्चाओं का अगला चरण शुरू हो रहा है
