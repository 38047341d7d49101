# Choosing the language (/language).

language-choose = Pilih bahasa Anda.
# Said in the new language right after the user chose it.
language-set = Beres. Mulai sekarang saya akan berbicara dengan Anda dalam Bahasa Indonesia.
language-unknown = Saya tidak mengenal kode bahasa “{ $code }”. Pilih salah satu tombol, atau kirim salah satu kode berikut: { $codes }
