# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = इस छोटे-से सर्वेक्षण के ज़रिए आप अपनी राय सीधे आंदोलन रणनीति टीम तक पहुँचा सकते हैं। आपके जवाब एक छद्मनाम आईडी के तहत सहेजे जाते हैं, आपके खाते के साथ कभी नहीं। आप पिछले सवाल पर लौट सकते हैं, वैकल्पिक सवाल छोड़ सकते हैं, या /cancel भेजकर कभी भी रुक सकते हैं।
# A question with its progress: step is the number of this question, total how many there are.
survey-step = सवाल { $step } (कुल { $total } में से): { $question }
survey-role = आप विकिमीडिया आंदोलन में किस तरह भाग लेते हैं?
survey-role-editor = विकिमीडिया परियोजना में संपादन
survey-role-affiliate = सहयोगी संगठन/यूज़र ग्रुप में सक्रिय
survey-role-organizer = कार्यक्रमों या आउटरीच का आयोजन
survey-role-technical = तकनीकी योगदान
survey-role-reader = पढ़ना, दान देना या प्रचार करना
survey-role-new = आंदोलन में अभी-अभी शुरुआत
survey-areas = इनमें से कौन-से विषय-क्षेत्र आपके लिए सबसे ज़्यादा मायने रखते हैं? जितने चाहें चुनें, फिर “हो गया” दबाएँ।
    .title = इनमें से कौन-से विषय-क्षेत्र आपके लिए सबसे ज़्यादा मायने रखते हैं?
survey-areas-advocacy = वकालत
survey-areas-capacity = क्षमता निर्माण
survey-areas-health = सामुदायिक स्वास्थ्य
survey-areas-diversity = विविधता
survey-areas-partnerships = साझेदारी
survey-areas-product = उत्पाद और प्रौद्योगिकी
survey-areas-resources = संसाधन आवंटन
survey-areas-revenue = आय के स्रोत
survey-areas-roles = भूमिकाएँ और ज़िम्मेदारियाँ
survey-involved = अब तक आंदोलन रणनीति की चर्चाओं से आप ख़ुद को कितना जुड़ा हुआ महसूस करते हैं? 1 (बिल्कुल नहीं) से 5 (बहुत ज़्यादा) तक चुनें।
    .title = अब तक आंदोलन रणनीति की चर्चाओं से आप ख़ुद को कितना जुड़ा हुआ महसूस करते हैं? (1 = बिल्कुल नहीं, 5 = बहुत ज़्यादा)
survey-ways = आप चर्चाओं में किस तरह भाग लेना चाहेंगे? जो भी ठीक लगें चुनें, फिर “हो गया” दबाएँ।
    .title = आप चर्चाओं में किस तरह भाग लेना चाहेंगे?
survey-ways-salon = आमने-सामने के रणनीति सैलून में
survey-ways-wiki = विकि पर होने वाली चर्चाओं में
survey-ways-chat = सोशल मीडिया या चैट ग्रुप में
survey-ways-group = अपने सहयोगी संगठन या समूह में
survey-ways-survey = ऐसे सर्वेक्षणों के ज़रिए
survey-host = क्या आपका सहयोगी संगठन या समूह रणनीति सैलून आयोजित करना चाहेगा?
survey-youth = कुछ रणनीति सैलून युवाओं के लिए होते हैं। क्या आप किसी में भाग लेना चाहेंगे?
survey-change = आंदोलन में क्या बदलना चाहिए? कृपया अपने शब्दों में बताएँ।
survey-consent = क्या आपके सामुदायिक रणनीति समन्वयक आपके जवाबों के बारे में आपसे संपर्क कर सकते हैं?
survey-thanks = धन्यवाद! आपके जवाब सहेज लिए गए हैं। /survey भेजकर आप उन्हें कभी भी देख या बदल सकते हैं।
survey-done-before = आप यह सर्वेक्षण पहले ही भर चुके हैं। आपके जवाब:

    { $summary }

    क्या आप इन्हें बदलना चाहते हैं?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = मेरे जवाब बदलें
survey-keep-answers = इन्हें रहने दें
survey-kept = आपके जवाब जैसे थे, वैसे ही रहेंगे। धन्यवाद!
survey-resume = फिर से स्वागत है! चलिए, वहीं से आगे बढ़ते हैं जहाँ आपने छोड़ा था।
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = आपका अधूरा { $command } फ़िलहाल एक तरफ़ रख दिया गया है: यहाँ का काम पूरा होते ही वह वहीं से आगे बढ़ेगा जहाँ आपने छोड़ा था।
# The conversation set aside comes back; its current question follows this line.
flow-resumed = चलिए, वहीं लौटते हैं जो आप पहले कर रहे थे; आपका कोई भी जवाब खोया नहीं है।
flow-back = पीछे
flow-skip = छोड़ें
flow-done = हो गया
flow-yes = हाँ
flow-no = नहीं
flow-skipped = छोड़ दिया गया
flow-choose-button = कृपया किसी एक बटन से जवाब दें।
flow-choose-at-least-one = कृपया कम से कम एक विकल्प चुनें, फिर “हो गया” दबाएँ।
flow-too-long = यह जवाब बहुत लंबा है। कृपया ज़्यादा से ज़्यादा { $limit } अक्षर लिखें।
flow-bad-date = कृपया कोई बीती हुई तारीख़ लिखें, जैसे 2026-11-28।
flow-bad-number = कृपया एक पूर्ण संख्या लिखें, जैसे 12।
flow-bad-link = कृपया https:// से शुरू होने वाला लिंक भेजें, या “छोड़ें” दबाएँ।
flow-empty = कृपया अपना जवाब लिखें।
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = सवाल { $step } (कुल { $total } में से): { $question }

    अब तक आपका जवाब: { $answer }
flow-keep = यही जवाब रहने दें
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] आपके जवाब की वजह से एक सवाल हट गया है: अब कुल { $total } सवाल हैं।
        [1] आपके जवाब की वजह से एक सवाल जुड़ गया है: अब कुल { $total } सवाल हैं।
       *[other] आपके जवाब से सवालों की संख्या बदल गई है: अब कुल { $total } सवाल हैं।
    }

    सवाल { $step } (कुल { $total } में से): { $question }
flow-not-current = यह बटन किसी दूसरे सवाल का है। मौजूदा सवाल यह रहा।
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = मेरा जवाब लिखें
