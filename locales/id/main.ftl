# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = Maaf, ada yang tidak beres di sisi saya. Silakan coba lagi atau kirim /help.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = Maaf, saat ini saya tidak bisa menyimpan apa pun. Semua yang sudah Anda sampaikan sebelumnya tidak hilang; silakan coba lagi dalam beberapa menit.
error-too-long = Pesan itu terlalu panjang untuk saya. Kirim paling banyak { $limit } karakter.
error-flood = Anda mengirim pesan terlalu cepat. Tunggu { $seconds } detik, lalu coba lagi.
error-button-expired = Tombol ini sudah kedaluwarsa. Kirim /start untuk mendapatkan menu baru.
error-unsupported = Saya hanya bisa membaca pesan teks dan tombol. Kirim /help untuk melihat apa saja yang bisa saya lakukan.
error-private-only = Demi privasi Anda, { $command } hanya bisa dipakai di obrolan pribadi dengan saya. Silakan buka obrolan pribadi dan kirim perintah itu di sana.
fallback = Maaf, saya tidak mengerti. Kirim /help untuk melihat apa saja yang bisa saya lakukan.
unknown-command = Saya tidak mengenal perintah { $command }. Kirim /help untuk melihat apa saja yang bisa saya lakukan.
cancel-done = Dihentikan. Sekarang tidak ada yang sedang berjalan.
cancel-nothing = Tidak ada yang perlu dibatalkan.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = Buka obrolan pribadi
