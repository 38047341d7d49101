# Choosing the language (/language).

language-choose = زبان خود را انتخاب کنید.
# Said in the new language right after the user chose it.
language-set = انجام شد. از این به بعد با شما فارسی صحبت می‌کنم.
language-unknown = کد زبان «{ $code }» را نمی‌شناسم. یکی از دکمه‌ها را انتخاب کنید یا یکی از این کدها را بفرستید: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = انجام شد. از این به بعد در این گروه فارسی صحبت می‌کنم.
language-group-admin-only = فقط مدیران این گروه می‌توانند زبان آن را تغییر دهند. برای انتخاب زبان خودتان، /language را در گفتگوی خصوصی با من بفرستید.
