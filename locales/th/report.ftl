# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = เฉพาะผู้ประสานงานและผู้ดูแลระบบเท่านั้นที่ดูรายงานประจำเดือนได้
report-bad-month = “{ $month }” ไม่ใช่เดือน เขียนแบบนี้: 2026-11
report-table = รายงานประจำเดือน { $month } · { $languages }
    ผู้ใช้ใหม่: { $new }
    ผู้ใช้ที่มีการใช้งาน: { $active }
    คำถามที่พบบ่อย: ตอบได้ { $answered }; ตอบไม่ได้ { $unanswered }; เสนอ “คุณหมายถึง” { $suggested }
    คำตอบแบบสำรวจ: { $survey }
    ผลการพูดคุยที่แบ่งปัน: { $discussions }
    คำถามถึงเจ้าหน้าที่: ถาม { $opened } ข้อ ตอบแล้ว { $replied } ข้อ; ค่ามัธยฐานของเวลาจนถึงคำตอบแรก: { $median }
    ประกาศ: { $announcements }; การส่งข้อความ: สำเร็จ { $sent } ข้าม { $skipped } ล้มเหลว { $failed }
report-duration = { $hours } ชม. { $minutes } นาที
report-no-answer = ยังไม่มีการตอบ
report-chart-title = { $month } · { $languages }
report-series-active_day = ผู้ใช้ที่มีการใช้งานต่อวัน
report-series-faq_answered = คำถามที่พบบ่อย: ตอบได้
report-series-faq_unanswered = คำถามที่พบบ่อย: ตอบไม่ได้
report-series-tickets_opened = คำถามถึงเจ้าหน้าที่
report-series-survey_responses = คำตอบแบบสำรวจ
