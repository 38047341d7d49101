# Upcoming events (/events) and reminders before them.

events-none = Şu anda { $language } için yaklaşan bir etkinlik yok. Yeni etkinliklerden haberdar olmak için /subscribe gönder.
events-list = Yaklaşan etkinlikler:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = Hatırlatma: { $title } — başlangıç: { $when } ({ $zone }).
    { $link }
# The seed event from the campaign page.
event-next-phase-title = Topluluk sohbetlerinin bir sonraki aşaması başlıyor
