# Choosing the language (/language).

language-choose = Choose your language.
# Said in the new language right after the user chose it.
language-set = Done. From now on I will talk to you in English.
language-unknown = I do not know the language code “{ $code }”. Choose a button, or send one of these codes: { $codes }
