# Upcoming events (/events) and reminders before them.

events-none = لا توجد حاليًا فعاليات قادمة باللغة { $language }. أرسل /subscribe ليصلك خبر الفعاليات الجديدة.
events-list = الفعاليات القادمة:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = فعالية: { $title } — { $when } (بتوقيت { $zone })
    الرابط: { $link }
events-item-no-link = فعالية: { $title } — { $when } (بتوقيت { $zone })
events-reminder = تذكير: تبدأ فعالية «{ $title }» في { $when } (بتوقيت { $zone }).
    الرابط: { $link }
events-reminder-no-link = تذكير: تبدأ فعالية «{ $title }» في { $when } (بتوقيت { $zone }).
# The seed event from the campaign page.
event-next-phase-title = انطلاق المرحلة القادمة من محادثات المجتمع
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = ما اسم الفعالية؟ اكتب عنوانها بلغة المشاركين فيها.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = لا يستطيع إضافة الفعاليات إلا المنسقون والمشرفون. أرسل /events لترى الفعاليات القادمة.
events-ask-when = متى تبدأ؟ اكتب التاريخ والوقت المحليين بهذا الشكل: 2026-12-01 18:00
events-bad-when = لم أتمكن من قراءة هذا التاريخ. يُرجى كتابته بهذا الشكل: 2026-12-01 18:00 (تاريخ قادم).
events-ask-zone = في أي منطقة زمنية هذا الوقت؟ أرسل اسمها، مثل Europe/Berlin أو America/Sao_Paulo أو Asia/Kolkata، أو اضغط «تخطي» لاعتماد التوقيت العالمي UTC.
events-bad-zone = لا أعرف المنطقة الزمنية «{ $zone }». أرسل اسمًا مثل Europe/Berlin، أو اضغط «تخطي» لاعتماد التوقيت العالمي UTC.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = الوقت { $when } لا وجود له في المنطقة الزمنية { $zone }، لأن الساعات تُقدَّم عندها. أرسل تاريخًا ووقتًا آخرين، مثل { $instead }.
events-time-twice = الوقت { $when } يقع مرتين في المنطقة الزمنية { $zone }، لأن الساعات تُؤخَّر عندها. أرسله مجددًا مع فارقه عن التوقيت العالمي UTC: { $first } للمرة الأولى، أو { $second } للمرة الثانية.
events-added = تم. أُدرجت الفعالية للغات: { $languages } في { $when } (بتوقيت { $zone })، وسيصل إلى مشتركيها تذكير قبلها بيوم.
