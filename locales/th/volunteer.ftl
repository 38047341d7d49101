# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = ขอบคุณที่อาสาเป็นผู้ประสานงานยุทธศาสตร์ระดับองค์กรของกลุ่มคุณ! ก่อนอื่นให้ตรวจสอบรายชื่อว่ากลุ่มของคุณมีผู้ประสานงานแล้วหรือยัง: { $list }
    ต่อจากนี้มีคำถามสั้น ๆ 3 ข้อ ส่ง /cancel เพื่อหยุดได้ทุกเมื่อ
volunteer-group = กลุ่มที่มีการจัดตั้งของคุณชื่ออะไร (เช่น ชื่อองค์กรในเครือหรือกลุ่มผู้ใช้ของคุณ)
volunteer-language = กลุ่มของคุณพูดคุยกันเป็นภาษาอะไรเป็นหลัก
volunteer-contact = ทีมยุทธศาสตร์จะติดต่อคุณได้ทางไหน เช่น ชื่อผู้ใช้บนเมตาวิกิ หรือที่อยู่อีเมล
volunteer-confirm = กรุณาตรวจสอบข้อมูลการลงชื่อของคุณ:
    กลุ่ม: { $group }
    ภาษา: { $language }
    ติดต่อ: { $contact }
    ให้ฉันส่งเลยไหม
volunteer-send = ส่ง
volunteer-thanks = ขอบคุณ! ทีมยุทธศาสตร์ได้รับการลงชื่อของคุณแล้ว และจะติดต่อกลับไป
# Sent to the bot's admins, each in their own language.
volunteer-notify = มีผู้ลงชื่ออาสาเป็นผู้ประสานงานยุทธศาสตร์ระดับองค์กรรายใหม่:
    กลุ่ม: { $group }
    ภาษา: { $language }
    ติดต่อ: { $contact }
    ลงชื่อผ่าน: { $platform }
