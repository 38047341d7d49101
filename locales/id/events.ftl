# Upcoming events (/events) and reminders before them.

events-none = Saat ini belum ada acara mendatang dalam { $language }. Kirim /subscribe untuk mendapat kabar tentang acara baru.
events-list = Acara mendatang:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = Pengingat: { $title } dimulai pada { $when } ({ $zone }).
    { $link }
# The seed event from the campaign page.
event-next-phase-title = Tahap berikutnya diskusi komunitas dimulai
