# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-themes-advocacy = تەشەببۇس ۋە ياقىلاش
share-themes-capacity = ئىقتىدار يېتىلدۈرۈش
share-themes-health = جامائەت ساغلاملىقى
share-themes-diversity = كۆپ خىللىق
share-themes-partnerships = ھەمكارلىق مۇناسىۋەتلىرى
share-themes-product = مەھسۇلات ۋە تېخنىكا
share-themes-resources = بايلىق تەقسىماتى
share-themes-revenue = كىرىم مەنبەلىرى
share-themes-roles = رول ۋە مەسئۇلىيەتلەر

share-button = 📝 نەتىجىلىرىڭىزنى ھەمبەھىرلەڭ
share-intro = مۇزاكىرە ئۇيۇشتۇرغىنىڭىز ئۈچۈن رەھمەت! ئۇ ھەقتە بىر نەچچە سوئالنى بىر-بىرلەپ سورايمەن؛ يوللاشتىن بۇرۇن ھەممىسىنى كۆرەلەيسىز. مۇزاكىرە تىلىنىڭ ئالاقىچىلىرى ئۇنىڭ قىسقىچە مەزمۇنىنى تاپشۇرۇۋالىدۇ.
share-group = مۇزاكىرىنى كىم ئۇيۇشتۇردى؟ گۇرۇپپىڭىز ياكى جامائىتىڭىزنىڭ نامىنى يېزىڭ.
share-language = مۇزاكىرە قايسى تىلدا ئېلىپ بېرىلدى؟
share-date = ئۇ قايسى كۈنى ئېلىپ بېرىلدى؟ چېسلانى مۇنداق يېزىڭ: 2026-11-28.
share-participants = قانچە ئادەم قاتناشتى؟
share-themes = ئۇ قايسى تېمىلىق ساھەلەرگە چېتىلدى؟ ماس كېلىدىغانلىرىنىڭ ھەممىسىنى تاللاڭ، ئاندىن «تامام»نى بېسىڭ.
share-conclusions = ئاساسلىق خۇلاسىلەر نېمە بولدى؟ (ئەڭ كۆپ بولغاندا 3000 ھەرپ)
share-link = ئەگەر ۋىكىدا خاتىرە بولسا، ئۇنىڭ ئۇلىنىشىنى يوللاڭ (https:// بىلەن باشلانسۇن). بولمىسا «ئاتلاش»نى بېسىڭ.
share-preview = يوللاشتىن بۇرۇن تەكشۈرۈڭ:
    گۇرۇپپا: { $group }
    تىل: { $language }
    چېسلا: { $date }
    قاتناشقۇچىلار: { $participants }
    تېمىلار: { $themes }
    خۇلاسىلەر: { $conclusions }
    خاتىرىلەر: { $link }
share-submit = يوللاش
share-thanks = رەھمەت! نەتىجىلىرىڭىز #{ $number } نومۇرلۇق مۇزاكىرە سۈپىتىدە ساقلاندى، مۇزاكىرە تىلىنىڭ ئالاقىچىلىرى ئۇنىڭ قىسقىچە مەزمۇنىنى تاپشۇرۇۋالدى.
share-notify = 📝 مۇزاكىرە نەتىجىسى #{ $number } · { $language }
    گۇرۇپپا: { $group }، چېسلا: { $date }، قاتناشقۇچى: { $participants ->
        [one] بىر ئادەم
       *[other] { $participants } ئادەم
    }
    { $summary }

discussions-not-allowed = ھەمبەھىرلەنگەن مۇزاكىرە نەتىجىلىرىنى پەقەت ئالاقىچىلار ۋە باشقۇرغۇچىلارلا كۆرەلەيدۇ.
discussions-none = ھازىرچە ھېچقانداق مۇزاكىرە نەتىجىسى ھەمبەھىرلەنمىدى ({ $languages }).
discussions-list = ھەمبەھىرلەنگەن مۇزاكىرە نەتىجىلىرى ({ $languages })، ئەڭ يېڭى { $count }:

    { $discussions }
discussions-line = مۇزاكىرە #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] بىر ئادەم
       *[other] { $participants } ئادەم
    }
    { $themes }
    { $summary }
    { $link }
