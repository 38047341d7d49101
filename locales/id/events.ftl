# Upcoming events (/events) and reminders before them.

events-none = Saat ini belum ada acara mendatang dalam { $language }. Kirim /subscribe untuk mendapat kabar tentang acara baru.
events-list = Acara mendatang:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = Pengingat: { $title } dimulai pada { $when } ({ $zone }).
    { $link }
events-reminder-no-link = Pengingat: { $title } dimulai pada { $when } ({ $zone }).
# The seed event from the campaign page.
event-next-phase-title = Tahap berikutnya diskusi komunitas dimulai
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = Apa nama acaranya? Tulis judulnya dalam bahasa para pesertanya.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = Hanya penghubung dan admin yang bisa menambahkan acara. Kirim /events untuk melihat acara mendatang.
events-ask-when = Kapan acara ini dimulai? Tulis tanggal dan waktu setempat seperti ini: 2026-12-01 18:00
events-bad-when = Saya tidak dapat membaca tanggal itu. Tulis seperti ini: 2026-12-01 18:00 (tanggal yang akan datang).
events-ask-zone = Itu di zona waktu mana? Kirim namanya, misalnya Europe/Berlin, America/Sao_Paulo, atau Asia/Kolkata, atau tekan Lewati untuk UTC.
events-bad-zone = Saya tidak mengenal zona waktu “{ $zone }”. Kirim nama seperti Europe/Berlin, atau tekan Lewati untuk UTC.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = Waktu { $when } tidak ada di zona waktu { $zone } karena jam dimajukan pada saat itu. Kirim tanggal dan waktu lain, misalnya { $instead }.
events-time-twice = Waktu { $when } terjadi dua kali di zona waktu { $zone } karena jam dimundurkan pada saat itu. Kirim lagi dengan selisihnya dari UTC: { $first } untuk yang pertama, { $second } untuk yang kedua.
events-added = Beres. Acara ini tercantum untuk { $languages } pada { $when } ({ $zone }), dan pelanggannya akan menerima pengingat sehari sebelumnya.
