# Choosing the language (/language).

language-choose = زبان خود را انتخاب کنید.
# Said in the new language right after the user chose it.
language-set = انجام شد. از این به بعد با شما فارسی صحبت می‌کنم.
language-unknown = کد زبان «{ $code }» را نمی‌شناسم. یکی از دکمه‌ها را انتخاب کنید یا یکی از این کدها را بفرستید: { $codes }
