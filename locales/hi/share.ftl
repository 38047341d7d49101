# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 अपनी चर्चा के नतीजे साझा करें
share-intro = चर्चा आयोजित करने के लिए धन्यवाद! मैं इसके बारे में कुछ सवाल पूछूँगा, एक-एक करके; भेजने से पहले आप सब कुछ देख सकेंगे। चर्चा की भाषा के समन्वयकों को इसका सारांश मिलेगा।
share-group = चर्चा किसने आयोजित की? अपने समूह या समुदाय का नाम लिखें।
share-language = चर्चा किस भाषा में हुई?
share-date = चर्चा किस दिन हुई? तारीख़ 2026-11-28 की तरह लिखें।
share-participants = कितने लोगों ने भाग लिया?
share-themes = चर्चा में कौन-से विषय-क्षेत्र आए? जितने भी लागू हों, चुनें, फिर “हो गया” दबाएँ।
share-themes-advocacy = वकालत
share-themes-capacity = क्षमता निर्माण
share-themes-health = सामुदायिक स्वास्थ्य
share-themes-diversity = विविधता
share-themes-partnerships = साझेदारी
share-themes-product = उत्पाद और प्रौद्योगिकी
share-themes-resources = संसाधन आवंटन
share-themes-revenue = आय के स्रोत
share-themes-roles = भूमिकाएँ और ज़िम्मेदारियाँ
share-conclusions = मुख्य निष्कर्ष क्या रहे? (ज़्यादा से ज़्यादा 3,000 अक्षर)
share-link = अगर विकि पर चर्चा के नोट्स हैं, तो उनका लिंक भेजें (https:// से शुरू होने वाला)। नहीं तो “छोड़ें” दबाएँ।
share-preview = भेजने से पहले कृपया जाँच लें:
    समूह: { $group }
    भाषा: { $language }
    तारीख़: { $date }
    लोग: { $participants }
    विषय: { $themes }
    निष्कर्ष: { $conclusions }
    नोट्स: { $link }
share-submit = भेजें
share-thanks = धन्यवाद! आपके नतीजे चर्चा #{ $number } के रूप में सहेज लिए गए हैं, और चर्चा की भाषा के समन्वयकों को सारांश भेज दिया गया है।
share-notify = 📝 चर्चा के नतीजे #{ $number } · { $language }
    { $group }, { $date }, { $participants ->
        [one] { $participants } व्यक्ति
       *[other] { $participants } लोग
    }
    { $summary }

discussions-not-allowed = साझा किए गए चर्चा-नतीजे सिर्फ़ समन्वयक और एडमिन देख सकते हैं।
discussions-none = { $languages } के लिए अभी तक चर्चा का कोई नतीजा साझा नहीं किया गया है।
discussions-list = { $languages } के लिए साझा किए गए चर्चा-नतीजे (सबसे नए { $count }):

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] { $participants } व्यक्ति
       *[other] { $participants } लोग
    }
    { $themes }
    { $summary }
    { $link }
