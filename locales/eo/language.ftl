# Choosing the language (/language).

language-choose = Elektu vian lingvon.
# Said in the new language right after the user chose it.
language-set = Farite. De nun mi parolos kun vi en Esperanto.
language-unknown = Mi ne konas la lingvokodon „{ $code }“. Elektu butonon, aŭ sendu unu el ĉi tiuj kodoj: { $codes }
