# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = Beres. Anda akan menerima pengumuman dalam { $language }. Kirim /unsubscribe untuk berhenti.
subscribe-already = Anda sudah menerima pengumuman dalam { $language }.
unsubscribe-done = Beres. Anda tidak akan lagi menerima pengumuman dalam { $language }.
unsubscribe-not = Anda memang tidak berlangganan pengumuman dalam { $language }.
subscribe-group-admin-only = Hanya admin grup ini yang bisa mendaftarkan grup ini untuk menerima pengumuman atau menghentikan langganannya.
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = Saya tidak mengenal kode bahasa “{ $code }”. Kirim { $command } diikuti salah satu kode berikut: { $codes }
subscribe-group-done = Beres. Grup ini akan menerima pengumuman dalam { $language }.
unsubscribe-group-done = Beres. Grup ini tidak akan lagi menerima pengumuman dalam { $language }.
