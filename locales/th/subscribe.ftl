# Announcements by language (/subscribe, /unsubscribe). $language is the language's own name.

subscribe-done = เรียบร้อย คุณจะได้รับประกาศภาษา{ $language } ส่ง /unsubscribe เพื่อหยุดรับ
subscribe-already = คุณรับประกาศภาษา{ $language } อยู่แล้ว
unsubscribe-done = เรียบร้อย คุณจะไม่ได้รับประกาศภาษา{ $language } อีกต่อไป
unsubscribe-not = คุณไม่ได้รับประกาศภาษา{ $language } อยู่ก่อนแล้ว
subscribe-group-admin-only = เฉพาะผู้ดูแลกลุ่มนี้เท่านั้นที่สมัครรับหรือยกเลิกการรับประกาศให้กลุ่มได้
# /subscribe xx or /unsubscribe xx with a code we do not know; $command is /subscribe or /unsubscribe.
subscribe-unknown = ฉันไม่รู้จักรหัสภาษา “{ $code }” กรุณาส่ง { $command } ตามด้วยรหัสใดรหัสหนึ่งต่อไปนี้: { $codes }
subscribe-group-done = เรียบร้อย กลุ่มนี้จะได้รับประกาศภาษา{ $language }
unsubscribe-group-done = เรียบร้อย กลุ่มนี้จะไม่ได้รับประกาศภาษา{ $language } อีกต่อไป
