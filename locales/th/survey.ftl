# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = แบบสำรวจสั้น ๆ นี้ช่วยให้คุณส่งความคิดเห็นถึงทีมยุทธศาสตร์ขบวนการได้โดยตรง คำตอบของคุณจะเก็บไว้ภายใต้รหัสนามแฝง ไม่ผูกกับบัญชีของคุณ คุณย้อนกลับ ข้ามคำถามที่ไม่บังคับ หรือหยุดเมื่อไรก็ได้ด้วย /cancel
# A question with its progress: step is the number of this question, total how many there are.
survey-step = คำถามที่ { $step } จาก { $total }: { $question }
survey-role = คุณมีส่วนร่วมในขบวนการวิกิมีเดียในรูปแบบใด
survey-role-editor = แก้ไขโครงการวิกิมีเดีย
survey-role-affiliate = ทำงานในองค์กรในเครือหรือกลุ่มผู้ใช้
survey-role-organizer = จัดกิจกรรมหรืองานเผยแพร่
survey-role-technical = ช่วยงานด้านเทคนิค
survey-role-reader = อ่าน บริจาค หรือช่วยบอกต่อ
survey-role-new = เพิ่งเข้ามาในขบวนการ
survey-areas = ประเด็นหลักข้อใดต่อไปนี้สำคัญกับคุณมากที่สุด เลือกได้หลายข้อ แล้วกด “เสร็จสิ้น”
    .title = ประเด็นหลักข้อใดต่อไปนี้สำคัญกับคุณมากที่สุด
survey-areas-advocacy = การรณรงค์เชิงนโยบาย
survey-areas-capacity = การเสริมสร้างศักยภาพ
survey-areas-health = สุขภาวะของชุมชน
survey-areas-diversity = ความหลากหลาย
survey-areas-partnerships = ภาคีความร่วมมือ
survey-areas-product = ผลิตภัณฑ์และเทคโนโลยี
survey-areas-resources = การจัดสรรทรัพยากร
survey-areas-revenue = แหล่งรายได้
survey-areas-roles = บทบาทและความรับผิดชอบ
survey-involved = จนถึงตอนนี้ คุณรู้สึกว่าได้มีส่วนร่วมในการพูดคุยเรื่องยุทธศาสตร์ขบวนการมากแค่ไหน เลือกตั้งแต่ 1 (ไม่เลย) ถึง 5 (มากที่สุด)
    .title = จนถึงตอนนี้ คุณรู้สึกว่าได้มีส่วนร่วมในการพูดคุยเรื่องยุทธศาสตร์ขบวนการมากแค่ไหน (1 = ไม่เลย, 5 = มากที่สุด)
survey-ways = คุณอยากมีส่วนร่วมในการพูดคุยด้วยวิธีไหน เลือกได้หลายข้อ แล้วกด “เสร็จสิ้น”
    .title = คุณอยากมีส่วนร่วมในการพูดคุยด้วยวิธีไหน
survey-ways-salon = ในวงสนทนายุทธศาสตร์แบบเจอหน้า
survey-ways-wiki = ในการพูดคุยบนวิกิ
survey-ways-chat = ในโซเชียลมีเดียหรือกลุ่มแชต
survey-ways-group = ภายในองค์กรหรือกลุ่มของฉัน
survey-ways-survey = ผ่านแบบสำรวจแบบนี้
survey-host = องค์กรในเครือหรือกลุ่มของคุณอยากจัดวงสนทนายุทธศาสตร์ไหม
survey-youth = วงสนทนายุทธศาสตร์บางวงจัดขึ้นสำหรับคนรุ่นใหม่ คุณอยากเข้าร่วมไหม
survey-change = คุณคิดว่าอะไรในขบวนการควรเปลี่ยนแปลง ตอบด้วยคำพูดของคุณเองได้เลย
survey-consent = ผู้ประสานงานยุทธศาสตร์ชุมชนของคุณติดต่อคุณเกี่ยวกับคำตอบเหล่านี้ได้ไหม
survey-thanks = ขอบคุณ! บันทึกคำตอบของคุณแล้ว คุณดูหรือแก้ไขคำตอบได้ทุกเมื่อด้วย /survey
survey-done-before = คุณตอบแบบสำรวจนี้ไปแล้ว คำตอบของคุณ:

    { $summary }

    ต้องการแก้ไขคำตอบไหม
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = แก้ไขคำตอบ
survey-keep-answers = ใช้คำตอบเดิม
survey-kept = คำตอบของคุณยังคงเหมือนเดิม ขอบคุณ!
survey-resume = ยินดีต้อนรับกลับมา! มาทำต่อจากที่ค้างไว้กันเลย
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = พัก { $command } ที่คุณทำค้างไว้ก่อน เมื่อทำตรงนี้เสร็จแล้ว จะกลับไปทำต่อจากจุดที่ค้างไว้
# The conversation set aside comes back; its current question follows this line.
flow-resumed = กลับมาที่สิ่งที่คุณทำค้างไว้ก่อนหน้านี้ คำตอบที่คุณตอบไว้ไม่ได้หายไปไหน
flow-back = ย้อนกลับ
flow-skip = ข้าม
flow-done = เสร็จสิ้น
flow-yes = ใช่
flow-no = ไม่
flow-skipped = ข้ามไป
flow-choose-button = กรุณาตอบโดยกดปุ่มใดปุ่มหนึ่ง
flow-choose-at-least-one = กรุณาเลือกอย่างน้อยหนึ่งตัวเลือก แล้วกด “เสร็จสิ้น”
flow-too-long = คำตอบนี้ยาวเกินไป กรุณาพิมพ์ไม่เกิน { $limit } ตัวอักษร
flow-bad-date = กรุณาเขียนวันที่ที่ผ่านมาแล้ว เช่น 2026-11-28
flow-bad-number = กรุณาเขียนเป็นจำนวนเต็ม เช่น 12
flow-bad-link = กรุณาส่งลิงก์ที่ขึ้นต้นด้วย https:// หรือกด “ข้าม”
flow-empty = กรุณาพิมพ์คำตอบของคุณ
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = คำถามที่ { $step } จาก { $total }: { $question }

    คำตอบเดิมของคุณ: { $answer }
flow-keep = คงคำตอบนี้ไว้
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] คำตอบของคุณทำให้คำถามลดลงหนึ่งข้อ ตอนนี้มีทั้งหมด { $total } ข้อ
        [1] คำตอบของคุณทำให้มีคำถามเพิ่มขึ้นหนึ่งข้อ ตอนนี้มีทั้งหมด { $total } ข้อ
       *[other] คำตอบของคุณทำให้จำนวนคำถามเปลี่ยนไป ตอนนี้มีทั้งหมด { $total } ข้อ
    }

    คำถามที่ { $step } จาก { $total }: { $question }
flow-not-current = ปุ่มนั้นเป็นของคำถามอื่น นี่คือคำถามปัจจุบัน
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = พิมพ์คำตอบ
