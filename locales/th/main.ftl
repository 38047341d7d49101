# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = ขออภัย เกิดข้อผิดพลาดบางอย่างในระบบ กรุณาลองอีกครั้ง หรือส่ง /help
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = ขออภัย ตอนนี้ฉันบันทึกอะไรไม่ได้ ข้อมูลที่คุณบอกฉันไว้ก่อนหน้านี้ไม่ได้หายไปไหน กรุณาลองอีกครั้งในอีกไม่กี่นาที
error-too-long = ข้อความนี้ยาวเกินไป กรุณาส่งไม่เกิน { $limit } ตัวอักษร
error-flood = คุณส่งข้อความเร็วเกินไป กรุณารอ { $seconds } วินาที แล้วลองใหม่อีกครั้ง
error-button-expired = ปุ่มนี้หมดอายุแล้ว ส่ง /start เพื่อเปิดเมนูใหม่
error-unsupported = ฉันอ่านได้เฉพาะข้อความตัวอักษรและปุ่มเท่านั้น ส่ง /help เพื่อดูว่าฉันทำอะไรได้บ้าง
error-private-only = เพื่อความเป็นส่วนตัวของคุณ คำสั่ง { $command } ใช้ได้เฉพาะในแชตส่วนตัวกับฉันเท่านั้น กรุณาเปิดแชตส่วนตัวแล้วส่งคำสั่งที่นั่น
fallback = ขออภัย ฉันไม่เข้าใจข้อความนี้ ส่ง /help เพื่อดูว่าฉันทำอะไรได้บ้าง
unknown-command = ฉันไม่รู้จักคำสั่ง { $command } ส่ง /help เพื่อดูว่าฉันทำอะไรได้บ้าง
cancel-done = หยุดแล้ว ตอนนี้ไม่มีอะไรทำงานอยู่
cancel-nothing = ไม่มีอะไรให้ยกเลิก
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = เปิดแชตส่วนตัว
