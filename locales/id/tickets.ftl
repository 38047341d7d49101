# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 Tanya langsung ke orang
ask-intro = Tulis pertanyaan Anda untuk seseorang. Pertanyaan ini dikirim ke penghubung bahasa { $language } (atau ke tim strategi jika belum ada penghubung), yang akan menjawab Anda di sini, di obrolan ini.
ask-question = Apa yang ingin Anda tanyakan?
ask-contact = Jika mau, tambahkan cara lain untuk menghubungi Anda (misalnya nama pengguna Anda di Meta-Wiki). Selain itu, penghubung tidak tahu siapa Anda. Tekan Lewati untuk tetap anonim.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = Pertanyaan Anda tercatat sebagai tiket #{ $ticket }. { $to ->
        [liaison] Penghubung bahasa { $language } sudah menerimanya
       *[team] Tim strategi sudah menerimanya
    } dan akan menjawab Anda di sini. Anda bisa menulis lagi dengan membalas jawaban mereka.
ask-too-many = Anda sudah punya { $most } pertanyaan yang menunggu jawaban. Silakan tunggu jawabannya, atau tutup salah satu yang sudah selesai.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 Tiket #{ $ticket } · { $language }
    { $question }

    Balas pesan ini, tekan Jawab, atau tulis /reply { $ticket } diikuti jawaban Anda.
ticket-new-contact = 🎫 Tiket #{ $ticket } · { $language }
    { $question }

    Kontak yang diberikan: { $contact }
    Balas pesan ini, tekan Jawab, atau tulis /reply { $ticket } diikuti jawaban Anda.
ticket-followup = 🎫 Tiket #{ $ticket } · { $language } · anggota menulis:
    { $text }
# What the member receives.
ticket-answer = 💬 Jawaban untuk pertanyaan Anda #{ $ticket }:
    { $text }

    Balas pesan ini atau tekan Balas untuk menanggapi.
ticket-closed = Pertanyaan Anda #{ $ticket } sudah ditutup. Terima kasih! Kirim /ask untuk pertanyaan baru.

ticket-button-answer = ✎ Jawab
ticket-button-reply = ✎ Balas
ticket-button-claim = Ambil
ticket-button-close = Tutup
ticket-button-solved = ✓ Terselesaikan
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = Tulis pesan Anda untuk #{ $ticket }:
ticket-sent = Terkirim ke #{ $ticket }.
ticket-gone = Tiket #{ $ticket } sudah ditutup atau tidak ada.
ticket-not-yours = Anda tidak bisa menulis di tiket #{ $ticket }: tiket ini milik bahasa lain.
ticket-claimed = Anda mengambil tiket #{ $ticket }: pesan berikutnya dari anggota akan masuk ke Anda.
ticket-claimed-other = Penghubung lain sudah mengambil tiket #{ $ticket }.
ticket-closed-done = Tiket #{ $ticket } sudah ditutup.
reply-usage = Tulis /reply, nomor tiket, dan jawaban Anda, misalnya: /reply 12 Terima kasih atas pertanyaannya!

tickets-not-allowed = Hanya penghubung dan admin yang bisa melihat tiket.
tickets-none = Tidak ada pertanyaan terbuka untuk { $languages }.
tickets-list = Pertanyaan terbuka untuk { $languages } ({ $count }):
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] milik Anda
        [claimed] sudah diambil
       *[open] terbuka
    } · { $question }
