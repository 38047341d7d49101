# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = Ini topik yang bisa saya jawab. Pilih salah satu, atau ketik pertanyaan Anda dengan kata-kata sendiri.
faq-no-match = Saya tidak menemukan jawabannya. Ini topik yang saya ketahui. Untuk hal lain, penghubung Anda bisa membantu: kirim /liaison.
faq-more = Pertanyaan lain
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = Saya tidak yakin topik mana yang Anda maksud. Pilih salah satu, atau tanyakan lagi dengan kata-kata lain.
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 Membantu
faq-unhelpful = 👎 Tidak membantu
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = Hanya penghubung dan admin yang bisa melihat pertanyaan yang diajukan orang-orang.
unanswered-none = Dalam 30 hari terakhir, tidak ada pertanyaan ({ $languages }) yang tidak terjawab atau yang jawabannya mendapat 👎.
unanswered-list = Pertanyaan ({ $languages }) dari 30 hari terakhir yang tidak bisa saya jawab, atau yang jawabannya mendapat 👎 ({ $count } terbaru):
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language }: { $question }
unanswered-line-unhelpful = • { $language }: { $question } (👎 pada “{ $topic }”)

faq-salon-what-title = Apa itu Salon Strategi?
faq-salon-what-answer = Salon Strategi (Strategy Salon) adalah pertemuan tatap muka yang diselenggarakan oleh afiliasi Wikimedia yang diakui untuk membahas strategi gerakan. Para pengurus afiliasi mengumpulkan beragam anggota yang tinggal di daerah mereka untuk berdiskusi lebih mendalam tentang satu atau dua tema strategi yang mereka minati. Hanya afiliasi yang diakui yang bisa menyelenggarakannya; kirim /salon untuk mengetahui caranya.
faq-salon-what-keywords = salon, salon strategi, pertemuan, bertemu, ketemu, kopdar, kopi darat, tatap muka, luring, offline, tuan rumah, menyelenggarakan salon, mengadakan salon, bikin salon, afiliasi, cabang, kelompok pengguna, user group, meetup, berkumpul, kumpul-kumpul, temu muka

faq-salon-grants-title = Berapa banyak hibah Salon Strategi yang telah diberikan?
faq-salon-grants-answer = Minatnya tinggi dan banyak afiliasi yang mengajukan: total 44 hibah Salon Strategi telah disetujui, dan 12 di antaranya untuk acara kaum muda.
faq-salon-grants-keywords = hibah, grant, dana, danai, pendanaan, biaya, anggaran, uang, disetujui, pemohon, berapa, jumlah, pemuda, anak muda, kaum muda, generasi muda, remaja, 44, 12, mengajukan, pengajuan, proposal, beasiswa, sponsor, bantuan dana

faq-csl-title = Siapa Penghubung Strategi Komunitas itu?
faq-csl-answer = Penghubung Strategi Komunitas direkrut untuk memimpin diskusi strategi di wiki dan di media sosial bagi tujuh komunitas bahasa: Mandarin, Hindi, Arab, Jerman, Portugis, Prancis, dan Spanyol. Kirim /liaison untuk menemukan penghubung bahasa Anda.
faq-csl-keywords = penghubung, penghubung strategi komunitas, penghubung komunitas, liaison, narahubung, koordinator, fasilitator, staf, direkrut, dipekerjakan, digaji, mandarin, tionghoa, cina, hindi, arab, jerman, portugis, prancis, perancis, spanyol, tujuh bahasa, 7 bahasa, bahasa apa saja, bahasa mana, bahasa saya, komunitas bahasa

faq-osl-title = Apa itu Penghubung Strategi Organisasi?
faq-osl-answer = Penghubung Strategi Organisasi adalah relawan yang memimpin diskusi strategi di dalam kelompok terorganisir, seperti afiliasi dan kelompok lain dalam gerakan. Cek daftarnya untuk melihat apakah kelompok Anda sudah punya: { $link }
faq-osl-keywords = penghubung, organisasi, penghubung organisasi, penghubung strategi organisasi, osl, terorganisir, kelompok terorganisir, grup terorganisir, kelompok saya, kelompok kami, grup kami, komunitas kami, dalam kelompok, di dalam organisasi, daftar penghubung, relawan penghubung, sudah punya, sudah ada penghubung, perkumpulan, lembaga

faq-volunteer-title = Bagaimana cara menjadi relawan penghubung untuk kelompok saya?
faq-volunteer-answer = Jika kelompok terorganisir Anda belum punya Penghubung Strategi Organisasi, Anda bisa menjadi relawan untuk peran itu. Cek dulu daftarnya untuk melihat apakah kelompok Anda sudah punya, lalu daftar di sini: { $link }
faq-volunteer-keywords = penghubung, relawan, sukarela, mendaftar, pendaftaran, daftar diri, menjadi penghubung, jadi penghubung, ingin menjadi, mau jadi, wakil, calon, menawarkan diri, bergabung sebagai, berkontribusi, sign up, ambil peran, mengambil peran, siap menjadi

faq-join-title = Bagaimana cara bergabung dengan diskusi yang sudah berjalan?
faq-join-answer = Diskusi berlangsung di dalam kelompok terorganisir dan komunitas bahasa, dalam banyak bahasa. Cari tahu kanal yang biasa dipakai kelompok atau komunitas bahasa Anda: para penghubung memimpin diskusi ini di wiki dan di media sosial. Kirim /liaison untuk menemukan penghubung Anda.
faq-join-keywords = gabung, ikut, ikut serta, ikutan, berpartisipasi, partisipasi, terlibat, diskusi yang ada, diskusi yang sedang, sedang berlangsung, sudah berjalan, di mana diskusi, dimana diskusi, kanal, saluran, grup obrolan, grup chat, grup wa, media sosial, medsos, telegram, facebook, whatsapp, halaman pembicaraan, di wiki

faq-start-title = Bagaimana cara memulai diskusi sendiri?
faq-start-answer = Jika belum ada diskusi tentang topik Anda atau di kanal tempat Anda paling aktif, mulai saja sendiri: gunakan Perangkat Percakapan Komunitas sebagai panduan, terjemahkan dokumen cakupan tema ke dalam bahasa Anda, dan bagikan hasilnya kepada Spesialis Hubungan Komunitas atau Penghubung Strategi Komunitas. Kirim /discuss untuk mendapatkan tautannya.
faq-start-keywords = memulai diskusi, memulai, mulai sendiri, diskusi sendiri, sendiri, inisiatif, prakarsa, memprakarsai, meluncurkan, mengadakan diskusi, menggelar diskusi, diskusi baru, dari awal, dari nol, memimpin diskusi, membuka diskusi, membuat diskusi, bikin diskusi, menyelenggarakan diskusi

faq-toolkit-title = Apa itu Perangkat Percakapan Komunitas?
faq-toolkit-answer = Perangkat Percakapan Komunitas (Community Conversations Toolkit) adalah panduan bagi siapa saja yang ingin memulai diskusi strategi di komunitasnya sendiri: cara menyiapkan, menjalankan, dan melaporkan diskusi. Anda bisa menemukannya di sini: { $link }
faq-toolkit-keywords = toolkit, perangkat, alat, peralatan, panduan, pedoman, buku panduan, manual, petunjuk, materi, bahan diskusi, sumber daya, templat, template, cara menjalankan, cara menyiapkan, persiapan, langkah-langkah, percakapan komunitas

faq-translate-title = Bagaimana cara menerjemahkan dokumen cakupan tema?
faq-translate-answer = Dokumen cakupan tema menjelaskan tema-tema diskusi strategi. Menerjemahkannya ke dalam bahasa Anda membantu komunitas Anda ikut serta. Dokumen dan cara menerjemahkannya: { $link }
faq-translate-keywords = terjemah, penerjemah, alih bahasa, lokalisasi, dokumen, scoping, cakupan, lingkup, ke bahasa indonesia, ke bahasa saya, ke dalam bahasa, bahasa daerah, versi bahasa, translate, translasi, menerjemahkan dokumen, bahasa kami, translatewiki

faq-starters-title = Apa itu Pembuka Percakapan?
faq-starters-answer = Pembuka Percakapan: Pendorong Perubahan (Conversation Starters: Drivers) adalah panduan diskusi dalam bentuk presentasi yang menawarkan cara-cara baru untuk membantu komunitas memikirkan strategi. Beberapa salindianya dijelaskan di halaman terpisah. Panduannya: { $link }
faq-starters-keywords = conversation starters, starters, pembuka percakapan, pembuka diskusi, pembuka obrolan, pemicu, pemantik, penggerak, pendorong, drivers, presentasi, salindia, slide, ppt, powerpoint, panduan diskusi, pemecah kebekuan, icebreaker, topik pembuka

faq-survey-title = Bagaimana cara memberi masukan lewat survei?
faq-survey-answer = Melalui survei, Anda bisa menyampaikan masukan langsung kepada tim strategi. Kirim /survey untuk mengisinya langsung di obrolan ini, atau buka versi webnya: { $link }
faq-survey-keywords = survei, survey, kuesioner, kuisioner, angket, jajak pendapat, masukan, umpan balik, feedback, pendapat, opini, formulir, isi survei, mengisi, tanggapan, saran, penilaian, polling

faq-phase-title = Kapan tahap berikutnya dimulai?
faq-phase-answer = Tahap berikutnya dari diskusi komunitas akan dimulai pada bulan Januari.
faq-phase-keywords = fase, tahap, babak, putaran, kapan, jadwal, linimasa, garis waktu, januari, langkah berikutnya, selanjutnya, berikutnya, dimulai, mulai kapan, tanggal, tenggat, kalender, berlanjut, kelanjutan, lanjutan, rencana

faq-reports-title = Di mana saya bisa membaca laporan acara dan laporan bulanan?
faq-reports-answer = Laporan acara-acara komunitas dari Juni hingga September 2019, serta laporan bulanan, dikumpulkan di halaman Participate: { $link }
faq-reports-keywords = laporan, lapor, bulanan, laporan bulanan, laporan acara, laporan kegiatan, hasil acara, ringkasan, rangkuman, notulen, notula, risalah, juni, september, 2019, acara, kegiatan, apa yang terjadi, membaca, baca

faq-support-title = Siapa yang bisa membantu saya atau menerima hasil diskusi kami?
faq-support-answer = Spesialis Hubungan Komunitas dan para Penghubung Strategi Komunitas mendukung orang-orang yang menjalankan diskusi, dan mereka mengumpulkan hasilnya. Bagikan hasil diskusi Anda kepada mereka, atau mintalah bantuan. Kirim /liaison untuk menemukan kontak Anda.
faq-support-keywords = bantu, dukung, kontak, hubungi, email, surel, siapa yang bisa, bertanya ke siapa, tanya siapa, kepada siapa, spesialis, hubungan komunitas, kirim hasil, berbagi hasil, hasil diskusi, melaporkan hasil, minta tolong, tolong

faq-faqpage-title = Di mana tanya jawab lengkap tentang diskusi komunitas?
faq-faqpage-answer = Halaman FAQ (tanya jawab) punya bagian khusus berisi jawaban atas pertanyaan seputar diskusi komunitas: { $link }
faq-faqpage-keywords = faq, tanya jawab, pertanyaan umum, pertanyaan yang sering, sering ditanyakan, semua pertanyaan, pertanyaan lain, dokumentasi, info lebih lanjut, informasi lebih lanjut, informasi lengkap, selengkapnya, detail, jawaban, halaman faq, pertanyaan sering diajukan, ingin tahu lebih, bagian tanya jawab
