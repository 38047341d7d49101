# Choosing the language (/language).

language-choose = 请选择你的语言。
# Said in the new language right after the user chose it.
language-set = 好的。从现在起，我会用简体中文和你交流。
language-unknown = 我不认识语言代码“{ $code }”。请点按钮，或发送以下代码之一：{ $codes }
