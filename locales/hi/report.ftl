# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = मासिक रिपोर्ट सिर्फ़ समन्वयक और एडमिन देख सकते हैं।
report-bad-month = “{ $month }” कोई महीना नहीं है। इसे 2026-11 की तरह लिखें।
report-table = मासिक रिपोर्ट { $month } · { $languages }
    नए लोग: { $new }
    सक्रिय लोग: { $active }
    सवाल-जवाब से जवाब मिले सवाल: { $answered }; बिना जवाब: { $unanswered }; “क्या आपका मतलब था”: { $suggested }
    सर्वेक्षण के जवाब: { $survey }
    साझा किए गए चर्चा-नतीजे: { $discussions }
    किसी व्यक्ति से पूछे गए सवाल: { $opened } पूछे गए, { $replied } के जवाब दिए गए; पहले जवाब तक लगने वाला माध्यिका समय: { $median }
    घोषणाएँ: { $announcements }; संदेशों की डिलीवरी: { $sent } भेजे गए, { $skipped } छोड़े गए, { $failed } विफल
report-duration = { $hours } घंटे { $minutes } मिनट
report-no-answer = किसी सवाल का जवाब नहीं दिया गया
report-chart-title = { $month } · { $languages }
report-series-active_day = हर दिन के सक्रिय लोग
report-series-faq_answered = सवाल-जवाब: जवाब मिला
report-series-faq_unanswered = सवाल-जवाब: जवाब नहीं मिला
report-series-tickets_opened = किसी व्यक्ति से पूछे गए सवाल
report-series-survey_responses = सर्वेक्षण के जवाब
