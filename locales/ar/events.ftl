# Upcoming events (/events) and reminders before them.

events-none = لا توجد حاليًا فعاليات قادمة باللغة { $language }. أرسل /subscribe ليصلك خبر الفعاليات الجديدة.
events-list = الفعاليات القادمة:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = فعالية: { $title } — { $when } (بتوقيت { $zone })
    الرابط: { $link }
events-reminder = تذكير: تبدأ فعالية «{ $title }» في { $when } (بتوقيت { $zone }).
    الرابط: { $link }
# The seed event from the campaign page.
event-next-phase-title = انطلاق المرحلة القادمة من محادثات المجتمع
