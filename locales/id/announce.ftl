# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = Hanya penghubung dan admin yang bisa mengirim pengumuman.
announce-ask-language = Pengumuman ini untuk pelanggan bahasa apa?
announce-all = Semua bahasa saya
announce-ask-text = Tulis pengumumannya, paling banyak { $limit } karakter.
announce-ask-link = Tambahkan tautan? Kirim tautannya (diawali https://), atau tekan Lewati.
announce-bad-link = Itu bukan tautan yang diawali https://. Kirim tautan, atau tekan Lewati.
announce-preview = Pratinjau:

    { $text }

    Pengumuman ini akan sampai ke { $people } orang dan { $channels } saluran atau grup (Telegram { $telegram }, Discord { $discord }). Kirim sekarang?
announce-send = Kirim sekarang
announce-cancel = Batal
announce-queued = Pengumuman Anda sedang dikirim ke { $count } penerima.
announce-cancelled = Pengumuman tidak dikirim.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = Pengumuman dari tim strategi gerakan:

    { $text }
    { $link }
