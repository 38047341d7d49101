# Choosing the language (/language).

language-choose = Válaszd ki a nyelvet.
# Said in the new language right after the user chose it.
language-set = Kész. Mostantól magyarul beszélek veled.
language-unknown = Nem ismerem ezt a nyelvkódot: „{ $code }”. Válassz egy gombot, vagy küldd el az alábbi kódok egyikét: { $codes }
