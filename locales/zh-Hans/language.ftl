# Choosing the language (/language).

language-choose = 请选择你的语言。
# Said in the new language right after the user chose it.
language-set = 好的。从现在起，我会用简体中文和你交流。
language-unknown = 我不认识语言代码“{ $code }”。请点按钮，或发送以下代码之一：{ $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = 好的。从现在起，我会在这个群组里用简体中文交流。
language-group-admin-only = 只有本群组的管理员可以更改群组的语言。如需选择你自己的语言，请在与我的私聊中发送 /language。
