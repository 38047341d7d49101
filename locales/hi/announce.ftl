# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = घोषणाएँ सिर्फ़ समन्वयक और एडमिन भेज सकते हैं।
announce-ask-language = यह घोषणा किस भाषा की घोषणाएँ पाने वालों को भेजी जाए?
announce-all = मेरी सभी भाषाएँ
announce-ask-text = घोषणा लिखें, ज़्यादा से ज़्यादा { $limit } अक्षरों में।
announce-ask-link = कोई लिंक जोड़ना है? उसे भेजें (https:// से शुरू होने वाला), या “छोड़ें” दबाएँ।
announce-bad-link = यह https:// से शुरू होने वाला लिंक नहीं है। लिंक भेजें, या “छोड़ें” दबाएँ।
announce-preview = पूर्वावलोकन:

    { $text }

    यह घोषणा { $people ->
        [one] { $people } व्यक्ति
       *[other] { $people } लोगों
    } और { $channels ->
        [one] { $channels } चैनल या ग्रुप
       *[other] { $channels } चैनलों या ग्रुपों
    } तक पहुँचेगी (Telegram { $telegram }, Discord { $discord })। क्या इसे अभी भेज दूँ?
announce-send = अभी भेजें
announce-cancel = रद्द करें
announce-queued = आपकी घोषणा { $count ->
        [one] { $count } प्राप्तकर्ता
       *[other] { $count } प्राप्तकर्ताओं
    } तक भेजी जा रही है।
announce-cancelled = घोषणा नहीं भेजी गई।
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = आंदोलन रणनीति टीम की ओर से घोषणा:

    { $text }
    { $link }
