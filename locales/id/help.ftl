# The command list (/help) and the short description of each command.

help-text = Ini yang bisa saya lakukan:

    { $commands }

    Di obrolan pribadi, Anda juga bisa langsung mengetik pertanyaan.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Mulai dan tampilkan menu
cmd-help = Apa saja yang bisa saya lakukan
cmd-language = Pilih bahasa Anda
cmd-faq = Tanya jawab
cmd-survey = Isi survei
cmd-volunteer = Jadi relawan penghubung untuk kelompok Anda
cmd-results = Hasil survei (untuk penghubung dan admin)
cmd-unanswered = Pertanyaan yang belum terjawab di tanya jawab (untuk penghubung dan admin)
cmd-ask = Tanya langsung ke orang: penghubung menjawab Anda di sini
cmd-reply = Jawab tiket (untuk penghubung dan admin)
cmd-tickets = Pertanyaan terbuka untuk dijawab orang (untuk penghubung dan admin)
cmd-share = Bagikan hasil diskusi Anda
cmd-discussions = Hasil diskusi yang dibagikan (untuk penghubung dan admin)
cmd-report = Laporan bulanan (untuk penghubung dan admin)
cmd-events = Acara mendatang
cmd-subscribe = Terima pengumuman dalam bahasa Anda
cmd-unsubscribe = Berhenti menerima pengumuman
cmd-announce = Kirim pengumuman (untuk penghubung dan admin)
cmd-liaison = Cari penghubung untuk bahasa Anda
cmd-salon = Cara menyelenggarakan Salon Strategi
cmd-discuss = Cara memulai diskusi sendiri
cmd-privacy = Apa yang saya simpan tentang Anda
cmd-forget = Hapus semua yang saya simpan tentang Anda
cmd-cancel = Hentikan proses yang sedang berjalan
cmd-menu = Tampilkan menu
cmd-setup = Bahasa server dan saluran pengumuman (admin)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = bantuan
cmdname-menu = menu
cmdname-faq = tanya-jawab
cmdname-survey = survei
cmdname-volunteer = relawan
cmdname-liaison = penghubung
cmdname-salon = salon
cmdname-discuss = diskusi
cmdname-language = bahasa
cmdname-privacy = privasi
cmdname-forget = lupakan
cmdname-results = hasil
cmdname-unanswered = belum-terjawab
cmdname-cancel = batal
cmdname-setup = pengaturan
cmdname-ask = tanya
cmdname-reply = balas
cmdname-tickets = tiket
cmdname-share = bagikan
cmdname-discussions = hasil-diskusi
cmdname-report = laporan
cmdname-events = acara
cmdname-subscribe = langganan
cmdname-unsubscribe = berhenti-langganan
cmdname-announce = umumkan
# Descriptions of command options.
param-question = Pertanyaan Anda, dengan kata-kata sendiri
param-code = Kode bahasa, misalnya de, ar, atau pt-BR
param-server-language = Bahasa yang digunakan bot di server ini
param-channel = Saluran tempat bot mengirim pengumuman
param-ticket = Nomor tiket
param-answer = Jawaban Anda
param-month = Bulan, misalnya 2026-11
