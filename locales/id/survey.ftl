# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = Lewat survei singkat ini, Anda bisa menyampaikan pandangan langsung kepada tim strategi gerakan. Jawaban Anda disimpan dengan ID samaran, tidak pernah bersama akun Anda. Anda bisa kembali, melewati pertanyaan opsional, atau berhenti kapan saja dengan /cancel.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = Pertanyaan { $step } dari { $total }: { $question }
survey-role = Bagaimana Anda terlibat dalam gerakan Wikimedia?
survey-role-editor = Menyunting proyek Wikimedia
survey-role-affiliate = Aktif di afiliasi/kelompok pengguna
survey-role-organizer = Mengadakan acara atau penjangkauan
survey-role-technical = Berkontribusi di bidang teknis
survey-role-reader = Membaca, berdonasi, atau berbagi info
survey-role-new = Baru mengenal gerakan ini
survey-areas = Bidang tematik mana yang paling penting bagi Anda? Pilih sebanyak yang Anda mau, lalu tekan Selesai.
    .title = Bidang tematik mana yang paling penting bagi Anda?
survey-areas-advocacy = Advokasi
survey-areas-capacity = Peningkatan Kapasitas
survey-areas-health = Kesehatan Komunitas
survey-areas-diversity = Keberagaman
survey-areas-partnerships = Kemitraan
survey-areas-product = Produk & Teknologi
survey-areas-resources = Alokasi Sumber Daya
survey-areas-revenue = Sumber Pendapatan
survey-areas-roles = Peran & Tanggung Jawab
survey-involved = Sejauh ini, seberapa terlibat Anda dalam diskusi strategi gerakan? Pilih dari 1 (sama sekali tidak) sampai 5 (sangat terlibat).
    .title = Sejauh ini, seberapa terlibat Anda dalam diskusi strategi gerakan? (1 = sama sekali tidak, 5 = sangat terlibat)
survey-ways = Bagaimana Anda ingin ikut serta dalam diskusi? Pilih mana saja, lalu tekan Selesai.
    .title = Bagaimana Anda ingin ikut serta dalam diskusi?
survey-ways-salon = Di Salon Strategi tatap muka
survey-ways-wiki = Lewat diskusi di wiki
survey-ways-chat = Di media sosial atau grup obrolan
survey-ways-group = Di afiliasi atau kelompok saya
survey-ways-survey = Lewat survei seperti ini
survey-host = Apakah afiliasi atau kelompok Anda ingin menyelenggarakan Salon Strategi?
survey-youth = Sebagian Salon Strategi khusus untuk kaum muda. Apakah Anda ingin ikut salah satunya?
survey-change = Apa yang perlu berubah dalam gerakan ini? Silakan jawab dengan kata-kata Anda sendiri.
survey-consent = Bolehkah Penghubung Strategi Komunitas Anda menghubungi Anda terkait jawaban Anda?
survey-thanks = Terima kasih! Jawaban Anda sudah disimpan. Anda bisa melihat atau mengubahnya kapan saja dengan /survey.
survey-done-before = Anda sudah pernah mengisi survei ini. Jawaban Anda:

    { $summary }

    Apakah Anda ingin mengubahnya?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = Ubah jawaban saya
survey-keep-answers = Biarkan saja
survey-kept = Jawaban Anda tetap seperti semula. Terima kasih!
survey-resume = Selamat datang kembali! Mari kita lanjutkan dari bagian terakhir Anda.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = Saya simpan dulu { $command } Anda yang belum selesai: setelah selesai di sini, Anda bisa melanjutkannya dari bagian terakhir Anda.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = Kembali ke yang tadi Anda kerjakan; tidak ada jawaban Anda yang hilang.
flow-back = Kembali
flow-skip = Lewati
flow-done = Selesai
flow-yes = Ya
flow-no = Tidak
flow-skipped = dilewati
flow-choose-button = Silakan jawab dengan salah satu tombol.
flow-choose-at-least-one = Silakan pilih setidaknya satu opsi, lalu tekan Selesai.
flow-too-long = Jawaban itu terlalu panjang. Gunakan paling banyak { $limit } karakter.
flow-bad-date = Silakan tulis tanggal yang sudah lewat, misalnya 2026-11-28.
flow-bad-number = Silakan tulis bilangan bulat, misalnya 12.
flow-bad-link = Silakan kirim tautan yang diawali https://, atau tekan Lewati.
flow-empty = Silakan ketik jawaban Anda.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = Pertanyaan { $step } dari { $total }: { $question }

    Jawaban Anda sejauh ini: { $answer }
flow-keep = Tetap pakai jawaban ini
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] Jawaban Anda membuat pertanyaannya berkurang satu: sekarang totalnya { $total } pertanyaan.
        [1] Jawaban Anda membuat pertanyaannya bertambah satu: sekarang totalnya { $total } pertanyaan.
       *[other] Jawaban Anda mengubah jumlah pertanyaan: sekarang totalnya { $total } pertanyaan.
    }

    Pertanyaan { $step } dari { $total }: { $question }
flow-not-current = Tombol itu untuk pertanyaan lain. Ini pertanyaan yang sedang aktif.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = Tulis jawaban saya
