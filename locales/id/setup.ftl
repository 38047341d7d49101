# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = Beres. Di server ini saya akan berbicara dalam Bahasa Indonesia, dan pengumuman akan dikirim ke { $channel }.
setup-not-allowed = Hanya anggota yang berhak mengelola server ini yang bisa mengaturnya.
setup-server-only = Perintah ini mengatur server, jadi hanya berfungsi di dalam server.
setup-bad-language = Saya tidak mengenal kode bahasa “{ $code }”. Gunakan salah satu kode berikut: { $codes }
