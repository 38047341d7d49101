# Choosing the language (/language).

language-choose = اختر لغتك.
# Said in the new language right after the user chose it.
language-set = تم. من الآن فصاعدًا سأتحدث معك بالعربية.
language-unknown = لا أعرف رمز اللغة «{ $code }». اختر زرًا، أو أرسل أحد هذه الرموز: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = تم. من الآن فصاعدًا سأتحدث بالعربية في هذه المجموعة.
language-group-admin-only = لا يستطيع تغيير لغة هذه المجموعة إلا مشرفوها. لاختيار لغتك الخاصة، أرسل /language في محادثة خاصة معي.
