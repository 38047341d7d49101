# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = เรียบร้อย ฉันจะพูดภาษาไทยในเซิร์ฟเวอร์นี้ และจะส่งประกาศไปที่ { $channel }
setup-not-allowed = เฉพาะสมาชิกที่มีสิทธิ์จัดการเซิร์ฟเวอร์นี้เท่านั้นที่ตั้งค่าเซิร์ฟเวอร์ได้
setup-server-only = คำสั่งนี้ใช้ตั้งค่าเซิร์ฟเวอร์ จึงใช้ได้เฉพาะในเซิร์ฟเวอร์เท่านั้น
setup-bad-language = ฉันไม่รู้จักรหัสภาษา “{ $code }” กรุณาใช้รหัสใดรหัสหนึ่งต่อไปนี้: { $codes }
