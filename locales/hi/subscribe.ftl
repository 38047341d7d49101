# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = हो गया। अब आपको { $language } में घोषणाएँ मिलेंगी। इन्हें बंद करने के लिए /unsubscribe भेजें।
subscribe-already = आपको पहले से ही { $language } में घोषणाएँ मिल रही हैं।
unsubscribe-done = हो गया। अब आपको { $language } में घोषणाएँ नहीं मिलेंगी।
unsubscribe-not = आपको { $language } में घोषणाएँ नहीं मिल रही थीं।
subscribe-group-admin-only = इस ग्रुप के लिए घोषणाओं की सदस्यता सिर्फ़ इसके एडमिन ले या रद्द कर सकते हैं।
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = मुझे भाषा कोड “{ $code }” की जानकारी नहीं है। { $command } के बाद इनमें से कोई एक कोड लिखकर भेजें: { $codes }
subscribe-group-done = हो गया। अब इस ग्रुप को { $language } में घोषणाएँ मिलेंगी।
unsubscribe-group-done = हो गया। अब इस ग्रुप को { $language } में घोषणाएँ नहीं मिलेंगी।
