# Choosing the language (/language).

language-choose = Elektu vian lingvon.
# Said in the new language right after the user chose it.
language-set = Farite. De nun mi parolos kun vi en Esperanto.
language-unknown = Mi ne konas la lingvokodon „{ $code }“. Elektu butonon, aŭ sendu unu el ĉi tiuj kodoj: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = Farite. De nun mi parolos en Esperanto en ĉi tiu grupo.
language-group-admin-only = Nur la administrantoj de ĉi tiu grupo povas ŝanĝi ĝian lingvon. Por elekti vian propran lingvon, sendu /language en privata babilejo kun mi.
