# The command list (/help) and the short description of each command.

help-text = สิ่งที่ฉันทำได้มีดังนี้:

    { $commands }

    ในแชตส่วนตัว คุณพิมพ์คำถามมาได้เลยเช่นกัน
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = เริ่มต้นและแสดงเมนู
cmd-help = สิ่งที่ฉันทำได้
cmd-language = เลือกภาษา
cmd-faq = คำถามที่พบบ่อย
cmd-survey = ทำแบบสำรวจ
cmd-volunteer = อาสาเป็นผู้ประสานงานของกลุ่มคุณ
cmd-results = ผลแบบสำรวจ (สำหรับผู้ประสานงานและผู้ดูแล)
cmd-liaison = ค้นหาผู้ประสานงานสำหรับภาษาของคุณ
cmd-salon = วิธีจัดวงสนทนายุทธศาสตร์
cmd-discuss = วิธีเริ่มการพูดคุยของคุณเอง
cmd-privacy = ข้อมูลของคุณที่ฉันเก็บไว้
cmd-forget = ลบข้อมูลทั้งหมดของคุณที่ฉันเก็บไว้
cmd-cancel = หยุดสิ่งที่กำลังทำงานอยู่
