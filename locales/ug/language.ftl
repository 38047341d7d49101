# Choosing the language (/language).

language-choose = تىلىڭىزنى تاللاڭ.
# Said in the new language right after the user chose it.
language-set = بولدى. بۇنىڭدىن كېيىن سىز بىلەن ئۇيغۇرچە سۆزلىشىمەن.
language-unknown = مەن «{ $code }» دېگەن تىل كودىنى بىلمەيمەن. بىر كۇنۇپكىنى تاللاڭ ياكى تۆۋەندىكى كودلارنىڭ بىرىنى يوللاڭ: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = بولدى. بۇنىڭدىن كېيىن بۇ گۇرۇپپىدا ئۇيغۇرچە سۆزلەيمەن.
language-group-admin-only = بۇ گۇرۇپپىنىڭ تىلىنى پەقەت باشقۇرغۇچىلارلا ئۆزگەرتەلەيدۇ. ئۆزىڭىزنىڭ تىلىنى تاللاش ئۈچۈن، مەن بىلەن شەخسىي سۆھبەتتە /language بۇيرۇقىنى يوللاڭ.
