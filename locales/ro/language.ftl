# Choosing the language (/language).

language-choose = Alege limba.
# Said in the new language right after the user chose it.
language-set = Gata. De acum înainte îți vorbesc în română.
language-unknown = Nu cunosc codul de limbă „{ $code }”. Apasă un buton sau trimite unul dintre aceste coduri: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = Gata. De acum înainte, în acest grup vorbesc în română.
language-group-admin-only = Doar administratorii acestui grup îi pot schimba limba. Ca să-ți alegi propria limbă, trimite /language într-un chat privat cu mine.
