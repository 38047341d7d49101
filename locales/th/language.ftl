# Choosing the language (/language).

language-choose = เลือกภาษาของคุณ
# Said in the new language right after the user chose it.
language-set = เรียบร้อย ต่อจากนี้ฉันจะคุยกับคุณเป็นภาษาไทย
language-unknown = ฉันไม่รู้จักรหัสภาษา “{ $code }” กรุณาเลือกปุ่ม หรือส่งรหัสใดรหัสหนึ่งต่อไปนี้: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = เรียบร้อย ต่อจากนี้ฉันจะพูดภาษาไทยในกลุ่มนี้
language-group-admin-only = เฉพาะผู้ดูแลกลุ่มนี้เท่านั้นที่เปลี่ยนภาษาของกลุ่มได้ หากต้องการเลือกภาษาของคุณเอง ให้ส่ง /language ในแชตส่วนตัวกับฉัน
