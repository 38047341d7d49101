# The liaison for the user's language (/liaison).

liaison-found = Penghubung Strategi Komunitas untuk bahasa Anda ({ $language }) memimpin diskusi strategi di komunitas bahasa Anda, baik di wiki maupun di media sosial.
    Penghubung: { $name }
    Kontak: { $contact }
    Tempat diskusi berlangsung: { $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = Penghubung Strategi Komunitas untuk bahasa Anda ({ $language }) memimpin diskusi strategi di komunitas bahasa Anda, baik di wiki maupun di media sosial. Namanya belum dicantumkan di sini, tetapi Anda bisa menghubunginya melalui kontak di bawah.
    Kontak: { $contact }
    Tempat diskusi berlangsung: { $channels }
liaison-none = Belum ada Penghubung Strategi Komunitas untuk bahasa Anda ({ $language }), tetapi Anda tetap bisa ikut serta:
    • Spesialis Hubungan Komunitas mendukung diskusi dalam bahasa apa pun: { $specialist }
    • Penghubung Strategi Organisasi memimpin diskusi di dalam kelompok terorganisir. Cek apakah kelompok Anda sudah punya: { $list }
    • Jika kelompok Anda belum punya, jadilah relawan Penghubung Strategi Organisasi untuk kelompok Anda: { $volunteer }
