# Upcoming events (/events) and reminders before them.

events-none = Şu anda { $language } için yaklaşan bir etkinlik yok. Yeni etkinliklerden haberdar olmak için /subscribe gönder.
events-list = Yaklaşan etkinlikler:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = Hatırlatma: { $title } — başlangıç: { $when } ({ $zone }).
    { $link }
events-reminder-no-link = Hatırlatma: { $title } — başlangıç: { $when } ({ $zone }).
# The seed event from the campaign page.
event-next-phase-title = Topluluk sohbetlerinin bir sonraki aşaması başlıyor
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = Etkinliğin adı ne? Başlığını katılımcılarının dilinde yaz.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = Etkinlikleri yalnızca irtibat sorumluları ve yöneticiler ekleyebilir. Yaklaşan etkinlikleri görmek için /events gönder.
events-ask-when = Ne zaman başlıyor? Yerel tarihi ve saati şöyle yaz: 2026-12-01 18:00
events-bad-when = Bu tarihi okuyamadım. Lütfen şöyle yaz: 2026-12-01 18:00 (ileri bir tarih).
events-ask-zone = Bu hangi saat diliminde? Adını gönder, örneğin Europe/Berlin, America/Sao_Paulo veya Asia/Kolkata; ya da UTC için Atla'ya bas.
events-bad-zone = “{ $zone }” saat dilimini tanımıyorum. Europe/Berlin gibi bir ad gönder ya da UTC için Atla'ya bas.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = { $zone } saat diliminde { $when } diye bir saat yok: o sırada saatler ileri alınıyor. Başka bir tarih ve saat gönder, örneğin { $instead }.
events-time-twice = { $zone } saat diliminde { $when } saati iki kez yaşanıyor: o sırada saatler geri alınıyor. Saati UTC'ye göre farkıyla birlikte yeniden gönder: ilki için { $first }, ikincisi için { $second }.
events-added = Tamam. Etkinlik { $languages } için listelendi — başlangıç: { $when } ({ $zone }). Abonelerine bir gün önce hatırlatma gidecek.
