# Choosing the language (/language).

language-choose = تىلىڭىزنى تاللاڭ.
# Said in the new language right after the user chose it.
language-set = بولدى. بۇنىڭدىن كېيىن سىز بىلەن ئۇيغۇرچە سۆزلىشىمەن.
language-unknown = مەن «{ $code }» دېگەن تىل كودىنى بىلمەيمەن. بىر كۇنۇپكىنى تاللاڭ ياكى تۆۋەندىكى كودلارنىڭ بىرىنى يوللاڭ: { $codes }
