# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-themes-advocacy = المناصرة
share-themes-capacity = بناء القدرات
share-themes-health = صحة المجتمع
share-themes-diversity = التنوع
share-themes-partnerships = الشراكات
share-themes-product = المنتج والتقنية
share-themes-resources = تخصيص الموارد
share-themes-revenue = مصادر الإيرادات
share-themes-roles = الأدوار والمسؤوليات

share-button = 📝 شارك نتائجك
share-intro = شكرًا لك على عقد هذا النقاش! سأطرح عليك بعض الأسئلة عنه، سؤالًا تلو الآخر، وسترى كل شيء قبل الإرسال. ويتلقى منسقو لغة النقاش ملخصًا عنه.
share-group = من عقد النقاش؟ اكتب اسم مجموعتك أو مجتمعك.
share-language = بأي لغة جرى النقاش؟
share-date = في أي يوم جرى؟ اكتب التاريخ بهذا الشكل: 2026-11-28.
share-participants = كم عدد الأشخاص الذين شاركوا فيه؟
share-themes = ما المحاور الموضوعية التي تناولها؟ اختر منها كل ما ينطبق، ثم اضغط «تم».
share-conclusions = ما أهم الاستنتاجات؟ (3000 حرف على الأكثر)
share-link = إن كانت هناك ملاحظات على الويكي، فأرسل رابطها (على أن يبدأ بـ https://). وإلا فاضغط «تخطي».
share-preview = من فضلك راجع ما يلي قبل الإرسال:
    المجموعة: { $group }
    اللغة: { $language }
    التاريخ: { $date }
    عدد المشاركين: { $participants }
    المحاور: { $themes }
    الاستنتاجات: { $conclusions }
    الملاحظات: { $link }
share-submit = إرسال
share-thanks = شكرًا لك! حُفظت نتائجك بوصفها النقاش #{ $number }، وتلقّى منسقو لغته ملخصًا عنها.
share-notify = 📝 نتائج النقاش #{ $number } · { $language }
    المجموعة: { $group }، التاريخ: { $date }، المشاركون: { $participants ->
        [zero] لا أحد
        [one] شخص واحد
        [two] شخصان
        [few] { $participants } أشخاص
        [many] { $participants } شخصًا
       *[other] { $participants } شخص
    }
    { $summary }

discussions-not-allowed = يقتصر الاطلاع على نتائج النقاشات المُشارَكة على المنسقين والمشرفين.
discussions-none = لم تُشارَك أي نتائج نقاشات حتى الآن ({ $languages }).
discussions-list = نتائج النقاشات المُشارَكة ({ $languages }) (أحدثها، وعددها { $count }):

    { $discussions }
discussions-line = النقاش #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [zero] لا أحد
        [one] شخص واحد
        [two] شخصان
        [few] { $participants } أشخاص
        [many] { $participants } شخصًا
       *[other] { $participants } شخص
    }
    { $themes }
    { $summary }
    { $link }
