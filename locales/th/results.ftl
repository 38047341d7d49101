# Survey results for liaisons and admins (/results).

results-caption = ผลแบบสำรวจสำหรับ { $languages }: มีผู้ตอบ { $count } ราย
results-none = ยังไม่มีคำตอบแบบสำรวจสำหรับ { $languages }
results-not-allowed = เฉพาะผู้ประสานงานและผู้ดูแลระบบเท่านั้นที่ดูผลแบบสำรวจได้
results-all-languages = ทุกภาษา
