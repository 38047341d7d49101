# Survey results for liaisons and admins (/results).

results-caption = { $languages } के लिए सर्वेक्षण के नतीजे: { $count ->
        [one] { $count } जवाब
       *[other] { $count } जवाब
    }।
results-none = { $languages } के लिए अभी तक सर्वेक्षण का कोई जवाब नहीं आया है।
results-not-allowed = सर्वेक्षण के नतीजे सिर्फ़ समन्वयक और एडमिन देख सकते हैं।
results-all-languages = सभी भाषाओं
