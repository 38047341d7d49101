# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-themes-advocacy = Advokasi
share-themes-capacity = Peningkatan Kapasitas
share-themes-health = Kesehatan Komunitas
share-themes-diversity = Keberagaman
share-themes-partnerships = Kemitraan
share-themes-product = Produk & Teknologi
share-themes-resources = Alokasi Sumber Daya
share-themes-revenue = Sumber Pendapatan
share-themes-roles = Peran & Tanggung Jawab

share-button = 📝 Bagikan hasil Anda
share-intro = Terima kasih sudah mengadakan diskusi! Saya akan mengajukan beberapa pertanyaan tentang diskusi itu, satu per satu; Anda bisa melihat semuanya sebelum mengirim. Penghubung untuk bahasa diskusi tersebut akan menerima ringkasannya.
share-group = Siapa yang mengadakan diskusi ini? Tulis nama kelompok atau komunitas Anda.
share-language = Dalam bahasa apa diskusi ini berlangsung?
share-date = Kapan diskusi ini diadakan? Tulis tanggalnya seperti 2026-11-28.
share-participants = Berapa orang yang ikut serta?
share-themes = Bidang tematik mana saja yang dibahas? Pilih sebanyak yang sesuai, lalu tekan Selesai.
share-conclusions = Apa saja kesimpulan utamanya? (paling banyak 3.000 karakter)
share-link = Jika ada catatan di wiki, kirim tautannya (diawali https://). Jika tidak, tekan Lewati.
share-preview = Silakan periksa sebelum mengirim:
    Kelompok: { $group }
    Bahasa: { $language }
    Tanggal: { $date }
    Jumlah peserta: { $participants }
    Tema: { $themes }
    Kesimpulan: { $conclusions }
    Catatan: { $link }
share-submit = Kirim
share-thanks = Terima kasih! Hasil Anda disimpan sebagai diskusi #{ $number }, dan penghubung untuk bahasanya sudah menerima ringkasannya.
share-notify = 📝 Hasil diskusi #{ $number } · { $language }
    { $group }, { $date }, { $participants } orang
    { $summary }

discussions-not-allowed = Hanya penghubung dan admin yang bisa melihat hasil diskusi yang dibagikan.
discussions-none = Belum ada hasil diskusi yang dibagikan untuk { $languages }.
discussions-list = Hasil diskusi yang dibagikan untuk { $languages } ({ $count } terbaru):

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants } orang
    { $themes }
    { $summary }
    { $link }
