# Upcoming events (/events) and reminders before them.

events-none = ตอนนี้ยังไม่มีกิจกรรมที่กำลังจะมาถึงในภาษา{ $language } ส่ง /subscribe เพื่อรับข่าวเมื่อมีกิจกรรมใหม่
events-list = กิจกรรมที่กำลังจะมาถึง:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = แจ้งเตือน: { $title } จะเริ่มในวันที่ { $when } ({ $zone })
    { $link }
events-reminder-no-link = แจ้งเตือน: { $title } จะเริ่มในวันที่ { $when } ({ $zone })
# The seed event from the campaign page.
event-next-phase-title = เริ่มต้นการพูดคุยของชุมชนระยะถัดไป
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = กิจกรรมนี้ชื่ออะไร พิมพ์ชื่อกิจกรรมเป็นภาษาของผู้เข้าร่วม
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = เฉพาะผู้ประสานงานและผู้ดูแลเท่านั้นที่เพิ่มกิจกรรมได้ ส่ง /events เพื่อดูกิจกรรมที่กำลังจะมาถึง
events-ask-when = กิจกรรมเริ่มเมื่อไร พิมพ์วันที่และเวลาท้องถิ่นแบบนี้: 2026-12-01 18:00
events-bad-when = ฉันอ่านวันที่นี้ไม่ออก กรุณาพิมพ์แบบนี้: 2026-12-01 18:00 (ต้องเป็นวันที่ที่ยังมาไม่ถึง)
events-ask-zone = เวลานี้เป็นเวลาของเขตเวลาใด ส่งชื่อเขตเวลามา เช่น Europe/Berlin, America/Sao_Paulo หรือ Asia/Kolkata หรือกด “ข้าม” เพื่อใช้ UTC
events-bad-zone = ฉันไม่รู้จักเขตเวลา “{ $zone }” ส่งชื่อแบบ Europe/Berlin หรือกด “ข้าม” เพื่อใช้ UTC
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = เวลา { $when } ไม่มีอยู่ในเขตเวลา { $zone } เพราะช่วงนั้นนาฬิกาจะถูกปรับให้เดินหน้า ส่งวันที่และเวลาอื่นมา เช่น { $instead }
events-time-twice = เวลา { $when } เกิดขึ้นสองครั้งในเขตเวลา { $zone } เพราะช่วงนั้นนาฬิกาจะถูกปรับย้อนกลับ ส่งเวลานี้มาใหม่พร้อมส่วนต่างจาก UTC: { $first } สำหรับครั้งแรก หรือ { $second } สำหรับครั้งที่สอง
events-added = เรียบร้อย เพิ่มกิจกรรมวันที่ { $when } ({ $zone }) ในรายการสำหรับ { $languages } แล้ว และผู้รับประกาศจะได้รับการแจ้งเตือนล่วงหน้าหนึ่งวัน
