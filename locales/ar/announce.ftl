# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = لا يستطيع إرسال الإعلانات إلا المنسقون والمشرفون.
announce-ask-language = إلى مشتركي أي لغة تريد أن يُرسل الإعلان؟
announce-all = كل لغاتي
announce-ask-text = اكتب الإعلان، والحد الأقصى هو { $limit } من الأحرف.
announce-ask-link = هل تريد إضافة رابط؟ أرسله (على أن يبدأ بـ https://)، أو اضغط «تخطي».
announce-bad-link = هذا ليس رابطًا يبدأ بـ https://. أرسل رابطًا، أو اضغط «تخطي».
announce-preview = معاينة:

    { $text }

    المستلمون: { $people ->
        [zero] لا أفراد
        [one] شخص واحد
        [two] شخصان
        [few] { $people } أشخاص
        [many] { $people } شخصًا
       *[other] { $people } شخص
    } و{ $channels ->
        [zero] لا قنوات ولا مجموعات
        [one] قناة أو مجموعة واحدة
        [two] قناتان أو مجموعتان
        [few] { $channels } قنوات أو مجموعات
        [many] { $channels } قناة أو مجموعة
       *[other] { $channels } قناة أو مجموعة
    } (تيليجرام: { $telegram }، ديسكورد: { $discord }). هل أرسله الآن؟
announce-send = إرسال الآن
announce-cancel = إلغاء
announce-queued = إعلانك في طريقه إلى مستلميه ({ $count ->
        [zero] لا أحد
        [one] مستلم واحد
        [two] مستلمان
        [few] { $count } مستلمين
        [many] { $count } مستلمًا
       *[other] { $count } مستلم
    }).
announce-cancelled = لم يُرسَل الإعلان.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = إعلان من فريق استراتيجية الحركة:

    { $text }
    { $link }
