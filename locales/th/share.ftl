# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 แบ่งปันผลการพูดคุย
share-intro = ขอบคุณที่จัดการพูดคุย! ฉันจะถามคำถามเกี่ยวกับการพูดคุยนี้สองสามข้อ ทีละข้อ และคุณจะได้ดูข้อมูลทั้งหมดก่อนส่ง ผู้ประสานงานสำหรับภาษาที่ใช้ในการพูดคุยจะได้รับสรุป
share-group = ใครเป็นผู้จัดการพูดคุย ระบุชื่อกลุ่มหรือชุมชนของคุณ
share-language = การพูดคุยนี้ใช้ภาษาอะไร
share-date = การพูดคุยจัดขึ้นวันไหน เขียนวันที่แบบนี้: 2026-11-28
share-participants = มีผู้เข้าร่วมกี่คน
share-themes = การพูดคุยครอบคลุมประเด็นหลักข้อใดบ้าง เลือกได้หลายข้อ แล้วกด “เสร็จสิ้น”
share-themes-advocacy = การรณรงค์เชิงนโยบาย
share-themes-capacity = การเสริมสร้างศักยภาพ
share-themes-health = สุขภาวะของชุมชน
share-themes-diversity = ความหลากหลาย
share-themes-partnerships = ภาคีความร่วมมือ
share-themes-product = ผลิตภัณฑ์และเทคโนโลยี
share-themes-resources = การจัดสรรทรัพยากร
share-themes-revenue = แหล่งรายได้
share-themes-roles = บทบาทและความรับผิดชอบ
share-conclusions = ข้อสรุปหลักคืออะไร (ไม่เกิน 3,000 ตัวอักษร)
share-link = ถ้ามีบันทึกการพูดคุยบนวิกิ ส่งลิงก์มา (ขึ้นต้นด้วย https://) ถ้าไม่มี กด “ข้าม”
share-preview = กรุณาตรวจสอบก่อนส่ง:
    กลุ่ม: { $group }
    ภาษา: { $language }
    วันที่: { $date }
    จำนวนคน: { $participants }
    ประเด็น: { $themes }
    ข้อสรุป: { $conclusions }
    บันทึก: { $link }
share-submit = ส่ง
share-thanks = ขอบคุณ! บันทึกผลของคุณเป็นการพูดคุย #{ $number } แล้ว และผู้ประสานงานสำหรับภาษานั้นได้รับสรุปแล้ว
share-notify = 📝 ผลการพูดคุย #{ $number } · { $language }
    { $group }, { $date }, { $participants } คน
    { $summary }

discussions-not-allowed = เฉพาะผู้ประสานงานและผู้ดูแลระบบเท่านั้นที่ดูผลการพูดคุยที่แบ่งปันไว้ได้
discussions-none = ยังไม่มีผู้แบ่งปันผลการพูดคุยสำหรับ { $languages }
discussions-list = ผลการพูดคุยที่แบ่งปันไว้สำหรับ { $languages } (ล่าสุด { $count } รายการ):

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants } คน
    { $themes }
    { $summary }
    { $link }
