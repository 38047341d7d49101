# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = Terima kasih sudah bersedia menjadi relawan Penghubung Strategi Organisasi untuk kelompok Anda! Cek dulu daftarnya untuk melihat apakah kelompok Anda sudah punya: { $list }
    Berikutnya ada tiga pertanyaan singkat; Anda bisa berhenti kapan saja dengan /cancel.
volunteer-group = Apa nama kelompok terorganisir Anda (misalnya afiliasi atau kelompok pengguna Anda)?
volunteer-language = Kelompok Anda paling sering berkomunikasi dalam bahasa apa?
volunteer-contact = Bagaimana tim strategi bisa menghubungi Anda? Misalnya nama pengguna Anda di Meta-Wiki atau alamat email.
volunteer-confirm = Silakan periksa pendaftaran Anda:
    Kelompok: { $group }
    Bahasa: { $language }
    Kontak: { $contact }
    Kirim sekarang?
volunteer-send = Kirim
volunteer-thanks = Terima kasih! Tim strategi sudah menerima pendaftaran Anda dan akan menghubungi Anda.
# Sent to the bot's admins, each in their own language.
volunteer-notify = Pendaftaran baru sebagai Penghubung Strategi Organisasi:
    Kelompok: { $group }
    Bahasa: { $language }
    Kontak: { $contact }
    Mendaftar lewat: { $platform }
