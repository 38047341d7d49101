# Choosing the language (/language).

language-choose = Vælg dit sprog.
# Said in the new language right after the user chose it.
language-set = Så er det gjort. Fra nu af taler jeg dansk med dig.
language-unknown = Jeg kender ikke sprogkoden »{ $code }«. Vælg en knap, eller send en af disse koder: { $codes }
