# Choosing the language (/language).

language-choose = Válaszd ki a nyelvet.
# Said in the new language right after the user chose it.
language-set = Kész. Mostantól magyarul beszélek veled.
language-unknown = Nem ismerem ezt a nyelvkódot: „{ $code }”. Válassz egy gombot, vagy küldd el az alábbi kódok egyikét: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = Kész. Ebben a csoportban mostantól magyarul beszélek.
language-group-admin-only = A csoport nyelvét csak a csoport adminisztrátorai módosíthatják. A saját nyelved kiválasztásához küldd el a /language parancsot egy velem folytatott privát csevegésben.
