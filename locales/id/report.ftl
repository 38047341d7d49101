# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = Hanya penghubung dan admin yang bisa melihat laporan bulanan.
report-bad-month = “{ $month }” bukan nama bulan yang valid. Tulis seperti 2026-11.
report-table = Laporan bulanan { $month } · { $languages }
    Orang baru: { $new }
    Orang aktif: { $active }
    Tanya jawab — terjawab: { $answered }; tidak terjawab: { $unanswered }; “apakah maksud Anda”: { $suggested }
    Tanggapan survei: { $survey }
    Hasil diskusi yang dibagikan: { $discussions }
    Pertanyaan untuk orang: { $opened } diajukan, { $replied } dijawab; median waktu hingga jawaban pertama: { $median }
    Pengumuman: { $announcements }; pengiriman pesan: { $sent } terkirim, { $skipped } dilewati, { $failed } gagal
report-duration = { $hours } jam { $minutes } menit
report-no-answer = belum ada yang dijawab
report-chart-title = { $month } · { $languages }
report-series-active_day = Orang aktif per hari
report-series-faq_answered = Tanya jawab terjawab
report-series-faq_unanswered = Tanya jawab tidak terjawab
report-series-tickets_opened = Pertanyaan untuk orang
report-series-survey_responses = Tanggapan survei
