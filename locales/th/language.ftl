# Choosing the language (/language).

language-choose = เลือกภาษาของคุณ
# Said in the new language right after the user chose it.
language-set = เรียบร้อย ต่อจากนี้ฉันจะคุยกับคุณเป็นภาษาไทย
language-unknown = ฉันไม่รู้จักรหัสภาษา “{ $code }” กรุณาเลือกปุ่ม หรือส่งรหัสใดรหัสหนึ่งต่อไปนี้: { $codes }
