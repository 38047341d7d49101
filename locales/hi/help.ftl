# The command list (/help) and the short description of each command.

help-text = मैं ये काम कर सकता हूँ:

    { $commands }

    निजी चैट में आप सीधे अपना सवाल भी लिख सकते हैं।
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = शुरू करें और मेन्यू देखें
cmd-help = मैं क्या कर सकता हूँ
cmd-language = अपनी भाषा चुनें
cmd-faq = सवाल और जवाब
cmd-survey = सर्वेक्षण में भाग लें
cmd-volunteer = अपने समूह के समन्वयक बनने के लिए आगे आएँ
cmd-results = सर्वेक्षण के नतीजे (समन्वयकों और एडमिन के लिए)
cmd-unanswered = वे सवाल जिनका जवाब सवाल-जवाब में नहीं मिला (समन्वयकों और एडमिन के लिए)
cmd-ask = किसी व्यक्ति से पूछें: समन्वयक आपको यहीं जवाब देंगे
cmd-reply = किसी टिकट का जवाब दें (समन्वयकों और एडमिन के लिए)
cmd-tickets = किसी व्यक्ति के लिए पूछे गए खुले सवाल (समन्वयकों और एडमिन के लिए)
cmd-share = अपनी चर्चा के नतीजे साझा करें
cmd-discussions = साझा किए गए चर्चा-नतीजे (समन्वयकों और एडमिन के लिए)
cmd-report = मासिक रिपोर्ट (समन्वयकों और एडमिन के लिए)
cmd-events = आगामी कार्यक्रम
cmd-subscribe = अपनी भाषा में घोषणाएँ पाएँ
cmd-unsubscribe = घोषणाएँ पाना बंद करें
cmd-announce = घोषणा भेजें (समन्वयकों और एडमिन के लिए)
cmd-liaison = अपनी भाषा के समन्वयक को खोजें
cmd-salon = रणनीति सैलून कैसे आयोजित करें
cmd-discuss = अपनी चर्चा ख़ुद कैसे शुरू करें
cmd-privacy = मैं आपके बारे में क्या सहेजता हूँ
cmd-forget = आपके बारे में सहेजी गई सारी जानकारी मिटाएँ
cmd-cancel = जो चल रहा है, उसे रोकें
cmd-menu = मेन्यू दिखाएँ
cmd-setup = सर्वर की भाषा और घोषणाओं का चैनल (एडमिन के लिए)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = मदद
cmdname-menu = मेन्यू
cmdname-faq = सवाल-जवाब
cmdname-survey = सर्वेक्षण
cmdname-volunteer = स्वयंसेवक
cmdname-liaison = समन्वयक
cmdname-salon = सैलून
cmdname-discuss = चर्चा
cmdname-language = भाषा
cmdname-privacy = निजता
cmdname-forget = मिटाएँ
cmdname-results = नतीजे
cmdname-unanswered = बिना-जवाब
cmdname-cancel = रद्द
cmdname-setup = सेटअप
cmdname-ask = पूछें
cmdname-reply = जवाब
cmdname-tickets = टिकट
cmdname-share = साझा
cmdname-discussions = चर्चा-नतीजे
cmdname-report = रिपोर्ट
cmdname-events = कार्यक्रम
cmdname-subscribe = सदस्यता
cmdname-unsubscribe = सदस्यता-रद्द
cmdname-announce = घोषणा
# Descriptions of command options.
param-question = आपका सवाल, आपके अपने शब्दों में
param-code = भाषा कोड, जैसे de, ar या pt-BR
param-server-language = वह भाषा जिसमें बॉट इस सर्वर पर बात करता है
param-channel = बॉट घोषणाएँ कहाँ पोस्ट करे
param-ticket = टिकट का नंबर
param-answer = आपका जवाब
param-month = महीना, जैसे 2026-11
