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
cmd-unanswered = คำถามที่ฉันยังตอบไม่ได้ (สำหรับผู้ประสานงานและผู้ดูแล)
cmd-ask = ถามเจ้าหน้าที่: ผู้ประสานงานจะตอบคุณที่นี่
cmd-reply = ตอบทิกเก็ต (สำหรับผู้ประสานงานและผู้ดูแล)
cmd-tickets = คำถามถึงเจ้าหน้าที่ที่ยังเปิดอยู่ (สำหรับผู้ประสานงานและผู้ดูแล)
cmd-share = แบ่งปันผลการพูดคุยของคุณ
cmd-discussions = ผลการพูดคุยที่แบ่งปันไว้ (สำหรับผู้ประสานงานและผู้ดูแล)
cmd-report = รายงานประจำเดือน (สำหรับผู้ประสานงานและผู้ดูแล)
cmd-events = กิจกรรมที่กำลังจะมาถึง
cmd-subscribe = รับประกาศในภาษาของคุณ
cmd-unsubscribe = หยุดรับประกาศ
cmd-announce = ส่งประกาศ (สำหรับผู้ประสานงานและผู้ดูแล)
cmd-liaison = ค้นหาผู้ประสานงานสำหรับภาษาของคุณ
cmd-salon = วิธีจัดวงสนทนายุทธศาสตร์
cmd-discuss = วิธีเริ่มการพูดคุยของคุณเอง
cmd-privacy = ข้อมูลของคุณที่ฉันเก็บไว้
cmd-forget = ลบข้อมูลทั้งหมดของคุณที่ฉันเก็บไว้
cmd-cancel = หยุดสิ่งที่กำลังทำงานอยู่
cmd-menu = แสดงเมนู
cmd-setup = ภาษาของเซิร์ฟเวอร์และช่องประกาศ (สำหรับผู้ดูแล)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = ช่วยเหลือ
cmdname-menu = เมนู
cmdname-faq = คำถาม
cmdname-survey = แบบสำรวจ
cmdname-volunteer = อาสา
cmdname-liaison = ผู้ประสานงาน
cmdname-salon = วงสนทนา
cmdname-discuss = พูดคุย
cmdname-language = ภาษา
cmdname-privacy = ความเป็นส่วนตัว
cmdname-forget = ลบข้อมูล
cmdname-results = ผลสำรวจ
cmdname-unanswered = คำถามค้างตอบ
cmdname-cancel = ยกเลิก
cmdname-setup = ตั้งค่า
cmdname-ask = ถามเจ้าหน้าที่
cmdname-reply = ตอบทิกเก็ต
cmdname-tickets = ทิกเก็ต
cmdname-share = แบ่งปันผล
cmdname-discussions = ผลการพูดคุย
cmdname-report = รายงาน
cmdname-events = กิจกรรม
cmdname-subscribe = รับประกาศ
cmdname-unsubscribe = เลิกรับประกาศ
cmdname-announce = ส่งประกาศ
# Descriptions of command options.
param-question = คำถามของคุณ พิมพ์ด้วยคำพูดของคุณเอง
param-code = รหัสภาษา เช่น de, ar หรือ pt-BR
param-server-language = ภาษาที่บอทใช้ในเซิร์ฟเวอร์นี้
param-channel = ช่องที่บอทจะโพสต์ประกาศ
param-ticket = หมายเลขทิกเก็ต
param-answer = คำตอบของคุณ
param-month = เดือน เช่น 2026-11
