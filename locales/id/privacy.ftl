# What is stored (/privacy) and deleting it (/forget).

privacy-info = Apa yang saya simpan tentang Anda, dan untuk apa:
    • ID pengguna Anda di platform ini dan bahasa yang Anda pilih, agar saya bisa menjawab dalam bahasa Anda;
    • posisi Anda dalam percakapan langkah demi langkah, dan survei yang Anda tinggalkan sejenak untuk melakukan hal lain, agar Anda bisa melanjutkannya nanti;
    • jawaban survei Anda, dengan ID samaran yang dihitung menggunakan kunci rahasia, tidak pernah bersama ID pengguna Anda;
    • jika Anda menjadi relawan penghubung: kelompok Anda, bahasanya, dan kontak yang Anda berikan, untuk tim strategi;
    • bahasa yang pengumumannya Anda terima, serta pengumuman yang menunggu untuk dikirim kepada Anda atau yang sudah dikirim kepada Anda;
    • pertanyaan yang Anda kirim ke seseorang lewat /ask beserta pesan-pesan dalam percakapan itu, agar jawabannya sampai kepada Anda (penghubung melihat pertanyaan Anda dan bahasanya, tetapi tidak pernah melihat ID pengguna Anda);
    • hasil diskusi yang Anda bagikan lewat /share;
    • hari terakhir Anda menggunakan bot, agar laporan bulanan menghitung setiap orang satu kali saja; laporannya sendiri hanya berisi jumlah per hari dan per bahasa.
    Saya menyimpan semua ini sampai Anda mengirim /forget, yang menghapus semuanya sekaligus, termasuk pengumuman yang belum dikirim kepada Anda. Pengumuman dan acara yang Anda tulis sebagai penghubung tetap ada, tetapi tidak lagi menunjukkan siapa penulisnya; hitungan bulanan juga tetap ada, karena tidak berisi apa pun tentang Anda. Saya tidak menyimpan nama pengguna maupun salinan pesan Anda yang lain{ $logged ->
        [yes] , kecuali pertanyaan yang tidak bisa saya jawab dan pertanyaan yang jawabannya mendapat 👎: teksnya saya simpan selama 30 hari, tanpa ID pengguna Anda atau apa pun yang mengarah kepada Anda, agar orang-orang yang menulis jawaban tahu apa yang masih kurang.
       *[no] .
    }
forget-confirm = Apakah Anda yakin ingin saya menghapus semua yang saya simpan tentang Anda? Tindakan ini tidak bisa dibatalkan.
forget-yes = Ya, hapus semua
forget-no = Tidak, simpan saja
forget-done = Beres. Saya sudah menghapus semua yang saya simpan tentang Anda ({ $count } catatan).
forget-kept = Baik, tidak ada yang dihapus.
