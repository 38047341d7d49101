# Survey results for liaisons and admins (/results).

results-caption = Hasil survei untuk { $languages }: { $count } tanggapan.
results-none = Belum ada jawaban survei untuk { $languages }.
results-not-allowed = Hanya penghubung dan admin yang bisa melihat hasil survei.
results-all-languages = semua bahasa
