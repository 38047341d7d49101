# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 किसी व्यक्ति से पूछें
ask-intro = किसी व्यक्ति के लिए अपना सवाल लिखें। यह { $language } के समन्वयकों तक जाता है (और जहाँ कोई समन्वयक नहीं है, वहाँ रणनीति टीम तक), जो आपको यहीं इसी चैट में जवाब देंगे।
ask-question = आप क्या पूछना चाहेंगे?
ask-contact = चाहें तो यह भी लिख दें कि वे आपसे और कैसे संपर्क कर सकते हैं (जैसे मेटा-विकि पर आपका यूज़रनेम)। इसके बिना समन्वयक को पता नहीं चलता कि आप कौन हैं। गुमनाम रहने के लिए “छोड़ें” दबाएँ।
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = आपका सवाल टिकट #{ $ticket } है। { $to ->
        [liaison] यह { $language } के समन्वयकों के पास पहुँच गया है
       *[team] यह रणनीति टीम के पास पहुँच गया है
    }, और वे आपको यहीं जवाब देंगे। उनके जवाब पर रिप्लाई करके आप और भी लिख सकते हैं।
ask-too-many = आपके { $most } सवाल पहले से जवाब का इंतज़ार कर रहे हैं। कृपया किसी जवाब का इंतज़ार करें, या जो सवाल हल हो चुका है उसे बंद करें।

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 टिकट #{ $ticket } · { $language }
    { $question }

    इस संदेश पर रिप्लाई करें, “जवाब दें” दबाएँ, या /reply { $ticket } के बाद अपना जवाब लिखें।
ticket-new-contact = 🎫 टिकट #{ $ticket } · { $language }
    { $question }

    दिया गया संपर्क: { $contact }
    इस संदेश पर रिप्लाई करें, “जवाब दें” दबाएँ, या /reply { $ticket } के बाद अपना जवाब लिखें।
ticket-followup = 🎫 टिकट #{ $ticket } · { $language } · सदस्य लिखते हैं:
    { $text }
# What the member receives.
ticket-answer = 💬 आपके सवाल #{ $ticket } का जवाब:
    { $text }

    वापस लिखने के लिए इस संदेश पर रिप्लाई करें या “जवाब लिखें” दबाएँ।
ticket-closed = आपका सवाल #{ $ticket } बंद कर दिया गया है। धन्यवाद! नया सवाल पूछने के लिए /ask भेजें।

ticket-button-answer = ✎ जवाब दें
ticket-button-reply = ✎ जवाब लिखें
ticket-button-claim = ज़िम्मा लें
ticket-button-close = बंद करें
ticket-button-solved = ✓ हल हो गया
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = #{ $ticket } के लिए अपना संदेश लिखें:
ticket-sent = #{ $ticket } को भेज दिया गया।
ticket-gone = टिकट #{ $ticket } बंद है या मौजूद नहीं है।
ticket-not-yours = आप टिकट #{ $ticket } में नहीं लिख सकते: यह किसी दूसरी भाषा का है।
ticket-claimed = आपने टिकट #{ $ticket } का ज़िम्मा ले लिया है: सदस्य के अगले संदेश अब आपके पास आएँगे।
ticket-claimed-other = किसी दूसरे समन्वयक ने टिकट #{ $ticket } का ज़िम्मा पहले ही ले लिया है।
ticket-closed-done = टिकट #{ $ticket } बंद कर दिया गया है।
reply-usage = /reply, टिकट का नंबर और अपना जवाब लिखें, जैसे: /reply 12 पूछने के लिए धन्यवाद!

tickets-not-allowed = टिकट सिर्फ़ समन्वयक और एडमिन देख सकते हैं।
tickets-none = { $languages } के लिए कोई खुला सवाल नहीं है।
tickets-list = { $languages } के लिए खुले सवाल ({ $count }):
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] आपके ज़िम्मे
        [claimed] किसी और के ज़िम्मे
       *[open] खुला
    } · { $question }
