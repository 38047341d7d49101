# How to start a discussion of your own (/discuss).

discuss-info = Belum ada diskusi tentang topik Anda, atau di kanal tempat Anda paling aktif? Mulai saja sendiri:
    • Gunakan Perangkat Percakapan Komunitas (Community Conversations Toolkit) sebagai panduan: { $toolkit }
    • Terjemahkan dokumen cakupan tema ke dalam bahasa Anda: { $scoping }
    • Coba Pembuka Percakapan (Conversation Starters), panduan diskusi tentang pendorong perubahan: { $starters }
    • Untuk mendapatkan dukungan, dan untuk berbagi hasil diskusi Anda, hubungi Spesialis Hubungan Komunitas atau Penghubung Strategi Komunitas (/liaison).
