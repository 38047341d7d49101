# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = بولدى. بۇ مۇلازىمېتىردا ئۇيغۇرچە سۆزلەيمەن، ئۇقتۇرۇشلار { $channel } قانىلىدا ئېلان قىلىنىدۇ.
setup-not-allowed = بۇ مۇلازىمېتىرنى پەقەت ئۇنى باشقۇرۇش ھوقۇقى بار ئەزالارلا تەڭشىيەلەيدۇ.
setup-server-only = بۇ بۇيرۇق مۇلازىمېتىرنى تەڭشەيدۇ، شۇڭا پەقەت مۇلازىمېتىردىلا ئىشلەيدۇ.
setup-bad-language = مەن «{ $code }» دېگەن تىل كودىنى بىلمەيمەن. تۆۋەندىكى كودلارنىڭ بىرىنى ئىشلىتىڭ: { $codes }
