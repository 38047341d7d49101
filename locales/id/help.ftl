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
cmd-liaison = Cari penghubung untuk bahasa Anda
cmd-salon = Cara menyelenggarakan Salon Strategi
cmd-discuss = Cara memulai diskusi sendiri
cmd-privacy = Apa yang saya simpan tentang Anda
cmd-forget = Hapus semua yang saya simpan tentang Anda
cmd-cancel = Hentikan proses yang sedang berjalan
