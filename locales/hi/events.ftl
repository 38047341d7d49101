# Upcoming events (/events) and reminders before them.

events-none = अभी { $language } में कोई आगामी कार्यक्रम नहीं है। नए कार्यक्रमों की जानकारी पाने के लिए /subscribe भेजें।
events-list = आगामी कार्यक्रम:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = याद दिला दूँ: { $title } { $when } ({ $zone }) को शुरू होगा।
    { $link }
events-reminder-no-link = याद दिला दूँ: { $title } { $when } ({ $zone }) को शुरू होगा।
# The seed event from the campaign page.
event-next-phase-title = सामुदायिक चर्चाओं का अगला चरण शुरू हो रहा है
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = कार्यक्रम का नाम क्या है? उसका शीर्षक उसके प्रतिभागियों की भाषा में लिखें।
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = कार्यक्रम सिर्फ़ समन्वयक और एडमिन जोड़ सकते हैं। आगामी कार्यक्रम देखने के लिए /events भेजें।
events-ask-when = यह कब शुरू होगा? स्थानीय तारीख़ और समय इस तरह लिखें: 2026-12-01 18:00
events-bad-when = मैं यह तारीख़ नहीं पढ़ पाया। कृपया इसे इस तरह लिखें: 2026-12-01 18:00 (आगे आने वाली कोई तारीख़)।
events-ask-zone = यह समय किस टाइम ज़ोन का है? उसका नाम भेजें, जैसे Europe/Berlin, America/Sao_Paulo या Asia/Kolkata, या UTC के लिए “छोड़ें” दबाएँ।
events-bad-zone = मुझे “{ $zone }” नाम के किसी टाइम ज़ोन की जानकारी नहीं है। Europe/Berlin जैसा कोई नाम भेजें, या UTC के लिए “छोड़ें” दबाएँ।
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = टाइम ज़ोन { $zone } में { $when } का समय आता ही नहीं, क्योंकि तब घड़ियाँ आगे कर दी जाती हैं। कोई दूसरी तारीख़ और समय भेजें, जैसे { $instead }।
events-time-twice = टाइम ज़ोन { $zone } में { $when } का समय दो बार आता है, क्योंकि तब घड़ियाँ पीछे कर दी जाती हैं। इसे UTC से अंतर के साथ फिर से भेजें: पहली बार के लिए { $first }, दूसरी बार के लिए { $second }।
events-added = हो गया। { $when } ({ $zone }) का यह कार्यक्रम { $languages } के लिए सूची में जोड़ दिया गया है, और घोषणाएँ पाने वालों को इसकी याद एक दिन पहले दिलाई जाएगी।
