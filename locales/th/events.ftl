# Upcoming events (/events) and reminders before them.

events-none = ตอนนี้ยังไม่มีกิจกรรมที่กำลังจะมาถึงในภาษา{ $language } ส่ง /subscribe เพื่อรับข่าวเมื่อมีกิจกรรมใหม่
events-list = กิจกรรมที่กำลังจะมาถึง:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = แจ้งเตือน: { $title } จะเริ่มในวันที่ { $when } ({ $zone })
    { $link }
# The seed event from the campaign page.
event-next-phase-title = เริ่มต้นการพูดคุยของชุมชนระยะถัดไป
