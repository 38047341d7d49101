# Choosing the language (/language).

language-choose = اختر لغتك.
# Said in the new language right after the user chose it.
language-set = تم. من الآن فصاعدًا سأتحدث معك بالعربية.
language-unknown = لا أعرف رمز اللغة «{ $code }». اختر زرًا، أو أرسل أحد هذه الرموز: { $codes }
