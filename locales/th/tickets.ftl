# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 ถามเจ้าหน้าที่
ask-intro = เขียนคำถามที่คุณอยากถามเจ้าหน้าที่ คำถามจะส่งถึงผู้ประสานงานสำหรับ { $language } (หรือถึงทีมยุทธศาสตร์ หากยังไม่มีผู้ประสานงาน) ซึ่งจะตอบคุณที่นี่ในแชตนี้
ask-question = คุณอยากถามอะไร
ask-contact = ถ้าต้องการ คุณเพิ่มช่องทางอื่นที่ติดต่อคุณได้ด้วยก็ได้ (เช่น ชื่อผู้ใช้บนเมตาวิกิ) หากไม่ระบุ ผู้ประสานงานจะไม่รู้ว่าคุณเป็นใคร กด “ข้าม” หากไม่ต้องการเปิดเผยตัวตน
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = คำถามของคุณคือทิกเก็ต #{ $ticket } { $to ->
        [liaison] ผู้ประสานงานสำหรับ { $language } ได้รับคำถามแล้ว
       *[team] ทีมยุทธศาสตร์ได้รับคำถามแล้ว
    } และจะตอบคุณที่นี่ คุณเขียนเพิ่มเติมได้โดยตอบกลับข้อความคำตอบของพวกเขา
ask-too-many = คุณมีคำถามที่รอคำตอบอยู่แล้ว { $most } ข้อ กรุณารอคำตอบก่อน หรือปิดคำถามที่เรียบร้อยแล้ว

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 ทิกเก็ต #{ $ticket } · { $language }
    { $question }

    ตอบกลับข้อความนี้ กด “ตอบ” หรือพิมพ์ /reply { $ticket } ตามด้วยคำตอบของคุณ
ticket-new-contact = 🎫 ทิกเก็ต #{ $ticket } · { $language }
    { $question }

    ช่องทางติดต่อที่ให้ไว้: { $contact }
    ตอบกลับข้อความนี้ กด “ตอบ” หรือพิมพ์ /reply { $ticket } ตามด้วยคำตอบของคุณ
ticket-followup = 🎫 ทิกเก็ต #{ $ticket } · { $language } · ผู้ถามเขียนว่า:
    { $text }
# What the member receives.
ticket-answer = 💬 คำตอบสำหรับคำถาม #{ $ticket } ของคุณ:
    { $text }

    ตอบกลับข้อความนี้ หรือกด “ตอบกลับ” เพื่อเขียนกลับไป
ticket-closed = คำถาม #{ $ticket } ของคุณปิดแล้ว ขอบคุณ! ส่ง /ask หากมีคำถามใหม่

ticket-button-answer = ✎ ตอบ
ticket-button-reply = ✎ ตอบกลับ
ticket-button-claim = รับเรื่อง
ticket-button-close = ปิด
ticket-button-solved = ✓ เรียบร้อยแล้ว
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = พิมพ์ข้อความของคุณสำหรับ #{ $ticket }:
ticket-sent = ส่งถึง #{ $ticket } แล้ว
ticket-gone = ทิกเก็ต #{ $ticket } ปิดแล้วหรือไม่มีอยู่
ticket-not-yours = คุณเขียนในทิกเก็ต #{ $ticket } ไม่ได้ เพราะเป็นทิกเก็ตของภาษาอื่น
ticket-claimed = คุณรับเรื่องทิกเก็ต #{ $ticket } แล้ว ข้อความถัดไปของผู้ถามจะส่งถึงคุณ
ticket-claimed-other = ผู้ประสานงานคนอื่นรับเรื่องทิกเก็ต #{ $ticket } ไปแล้ว
ticket-closed-done = ปิดทิกเก็ต #{ $ticket } แล้ว
reply-usage = พิมพ์ /reply ตามด้วยหมายเลขทิกเก็ตและคำตอบของคุณ เช่น /reply 12 ขอบคุณสำหรับคำถาม!

tickets-not-allowed = เฉพาะผู้ประสานงานและผู้ดูแลระบบเท่านั้นที่ดูทิกเก็ตได้
tickets-none = ไม่มีคำถามที่ยังเปิดอยู่สำหรับ { $languages }
tickets-list = คำถามที่ยังเปิดอยู่สำหรับ { $languages } ({ $count }):
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] คุณรับเรื่อง
        [claimed] มีผู้รับเรื่องแล้ว
       *[open] เปิดอยู่
    } · { $question }
