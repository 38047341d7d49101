# Choosing the language (/language).

language-choose = Pilih bahasa Anda.
# Said in the new language right after the user chose it.
language-set = Beres. Mulai sekarang saya akan berbicara dengan Anda dalam Bahasa Indonesia.
language-unknown = Saya tidak mengenal kode bahasa “{ $code }”. Pilih salah satu tombol, atau kirim salah satu kode berikut: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = Beres. Mulai sekarang saya akan berbicara dalam Bahasa Indonesia di grup ini.
language-group-admin-only = Hanya admin grup ini yang bisa mengubah bahasanya. Untuk memilih bahasa Anda sendiri, kirim /language di obrolan pribadi dengan saya.
