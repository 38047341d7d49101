# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = كەچۈرۈڭ، مەن تەرەپتە بىر خاتالىق كۆرۈلدى. قايتا سىناپ بېقىڭ ياكى /help بۇيرۇقىنى يوللاڭ.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = كەچۈرۈڭ، ھازىر ھېچنېمىنى ساقلىيالمايمەن. ئىلگىرى ماڭا ئېيتقانلىرىڭىزنىڭ ھېچقايسىسى يوقالمىدى؛ بىر نەچچە مىنۇتتىن كېيىن قايتا سىناپ بېقىڭ.
error-too-long = بۇ ئۇچۇر ماڭا بەك ئۇزۇن. ئەڭ كۆپ بولغاندا { $limit } ھەرپ يوللاڭ.
error-flood = ئۇچۇرلارنى بەك تېز يوللاۋاتىسىز. { $seconds ->
        [one] سەل ساقلاڭ: بىر سېكۇنتتىن كېيىن قايتا سىناپ بېقىڭ.
       *[other] سەل ساقلاڭ: { $seconds } سېكۇنتتىن كېيىن قايتا سىناپ بېقىڭ.
    }
error-button-expired = بۇ كۇنۇپكىنىڭ ۋاقتى ئۆتۈپ كەتتى. يېڭى تىزىملىك ئېلىش ئۈچۈن /start بۇيرۇقىنى يوللاڭ.
error-unsupported = مەن پەقەت تېكىست ئۇچۇرلىرى بىلەن كۇنۇپكىلارنىلا ئوقۇيالايمەن. نېمىلەرنى قىلالايدىغانلىقىمنى كۆرۈش ئۈچۈن /help بۇيرۇقىنى يوللاڭ.
error-private-only = شەخسىي مەخپىيەتلىكىڭىزنى قوغداش ئۈچۈن، { $command } بۇيرۇقى پەقەت مەن بىلەن شەخسىي سۆھبەتتىلا ئىشلەيدۇ. شەخسىي سۆھبەت ئېچىپ، ئۇنى شۇ يەردە يوللاڭ.
fallback = كەچۈرۈڭ، بۇنى چۈشەنمىدىم. نېمىلەرنى قىلالايدىغانلىقىمنى كۆرۈش ئۈچۈن /help بۇيرۇقىنى يوللاڭ.
unknown-command = مەن { $command } دېگەن بۇيرۇقنى بىلمەيمەن. نېمىلەرنى قىلالايدىغانلىقىمنى كۆرۈش ئۈچۈن /help بۇيرۇقىنى يوللاڭ.
cancel-done = توختىتىلدى. ھازىر ھېچقانداق ئىش ئىجرا بولۇۋاتمايدۇ.
cancel-nothing = بىكار قىلىدىغان ھېچنەرسە يوق.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = شەخسىي سۆھبەت ئېچىش
