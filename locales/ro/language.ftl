# Choosing the language (/language).

language-choose = Alege limba.
# Said in the new language right after the user chose it.
language-set = Gata. De acum înainte îți vorbesc în română.
language-unknown = Nu cunosc codul de limbă „{ $code }”. Apasă un buton sau trimite unul dintre aceste coduri: { $codes }
