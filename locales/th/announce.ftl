# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = เฉพาะผู้ประสานงานและผู้ดูแลเท่านั้นที่ส่งประกาศได้
announce-ask-language = จะส่งประกาศนี้ถึงผู้รับประกาศภาษาใด
announce-all = ทุกภาษาของฉัน
announce-ask-text = พิมพ์ประกาศของคุณ ไม่เกิน { $limit } ตัวอักษร
announce-ask-link = ต้องการเพิ่มลิงก์ไหม ส่งลิงก์มา (ขึ้นต้นด้วย https://) หรือกด “ข้าม”
announce-bad-link = นี่ไม่ใช่ลิงก์ที่ขึ้นต้นด้วย https:// กรุณาส่งลิงก์ หรือกด “ข้าม”
announce-preview = ตัวอย่าง:

    { $text }

    ประกาศนี้จะส่งถึง { $people } คน และ { $channels } ช่องหรือกลุ่ม (Telegram { $telegram }, Discord { $discord }) ส่งเลยไหม
announce-send = ส่งเลย
announce-cancel = ยกเลิก
announce-queued = ประกาศของคุณกำลังส่งถึงผู้รับ { $count } ราย
announce-cancelled = ไม่ได้ส่งประกาศ
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = ประกาศจากทีมยุทธศาสตร์ขบวนการ:

    { $text }
    { $link }
