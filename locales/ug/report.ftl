# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = ئايلىق دوكلاتنى پەقەت ئالاقىچىلار ۋە باشقۇرغۇچىلارلا كۆرەلەيدۇ.
report-bad-month = كىرگۈزگىنىڭىز «{ $month }» ئاي ئەمەس. ئۇنى مۇنداق يېزىڭ: 2026-11.
report-table = ئايلىق دوكلات { $month } · { $languages }
    يېڭى ئادەملەر: { $new }
    ئاكتىپ ئادەملەر: { $active }
    سوئال-جاۋاب — جاۋاب بېرىلگەن سوئاللار: { $answered }؛ جاۋابسىز: { $unanswered }؛ «بۇنى دېمەكچىمىدىڭىز»: { $suggested }
    ئەنكېت جاۋابلىرى: { $survey }
    ھەمبەھىرلەنگەن مۇزاكىرە نەتىجىلىرى: { $discussions }
    بىر ئادەمگە بېرىلگەن سوئاللار: { $opened } سورالدى، { $replied } جاۋابلاندى؛ تۇنجى جاۋابقىچە كەتكەن ۋاقىتنىڭ ئوتتۇرا قىممىتى (مېدىيان) — { $median }
    ئۇقتۇرۇشلار: { $announcements }؛ يەتكۈزۈلگەن ئۇچۇرلار: { $sent } يوللاندى، { $skipped } ئاتلاندى، { $failed } مەغلۇپ بولدى
# The line must start with a Uyghur letter (right-to-left check), hence the labels.
report-duration = سائەت: { $hours }، مىنۇت: { $minutes }
report-no-answer = ھېچقايسىسىغا جاۋاب بېرىلمىدى
report-chart-title = ئايلىق دوكلات { $month } · { $languages }
report-series-active_day = كۈندىلىك ئاكتىپ ئادەملەر
report-series-faq_answered = سوئال-جاۋاب: جاۋاب بېرىلگەن
report-series-faq_unanswered = سوئال-جاۋاب: جاۋابسىز
report-series-tickets_opened = بىر ئادەمگە بېرىلگەن سوئاللار
report-series-survey_responses = ئەنكېت جاۋابلىرى
