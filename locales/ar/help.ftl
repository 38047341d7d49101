# The command list (/help) and the short description of each command.

help-text = هذا ما يمكنني فعله:

    { $commands }

    وفي المحادثة الخاصة يمكنك أيضًا أن تكتب سؤالك مباشرة.
# One line of the command list: the command and what it does.
help-line = الأمر { $command } — { $description }
cmd-start = البدء وعرض القائمة
cmd-help = ما يمكنني فعله
cmd-language = اختيار لغتك
cmd-faq = أسئلة وأجوبة
cmd-survey = المشاركة في الاستبيان
cmd-volunteer = التطوع كمنسق لمجموعتك
cmd-results = نتائج الاستبيان (للمنسقين والمشرفين)
cmd-unanswered = أسئلة لم تجد إجابة في الأسئلة الشائعة (للمنسقين والمشرفين)
cmd-ask = طرح سؤال على شخص: يجيبك أحد المنسقين هنا
cmd-reply = الرد على تذكرة (للمنسقين والمشرفين)
cmd-tickets = الأسئلة المفتوحة الموجّهة إلى شخص (للمنسقين والمشرفين)
cmd-share = مشاركة نتائج نقاشك
cmd-discussions = نتائج النقاشات المُشارَكة (للمنسقين والمشرفين)
cmd-report = التقرير الشهري (للمنسقين والمشرفين)
cmd-events = الفعاليات القادمة
cmd-subscribe = تلقّي الإعلانات بلغتك
cmd-unsubscribe = إيقاف تلقّي الإعلانات
cmd-announce = إرسال إعلان (للمنسقين والمشرفين)
cmd-liaison = العثور على منسق لغتك
cmd-salon = كيف تستضيف صالون استراتيجية
cmd-discuss = كيف تبدأ نقاشًا بنفسك
cmd-privacy = ما أحفظه عنك
cmd-forget = حذف كل ما أحفظه عنك
cmd-cancel = إيقاف ما يجري الآن
cmd-menu = عرض القائمة
cmd-setup = لغة الخادم وقناة الإعلانات (للمشرفين)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = مساعدة
cmdname-menu = قائمة
cmdname-faq = أسئلة
cmdname-survey = استبيان
cmdname-volunteer = تطوع
cmdname-liaison = منسق
cmdname-salon = صالون
cmdname-discuss = نقاش
cmdname-language = لغة
cmdname-privacy = خصوصية
cmdname-forget = حذف-بياناتي
cmdname-results = نتائج
cmdname-unanswered = بلا-إجابة
cmdname-cancel = إلغاء
cmdname-setup = إعداد
cmdname-ask = اسأل
cmdname-reply = رد
cmdname-tickets = تذاكر
cmdname-share = مشاركة-النتائج
cmdname-discussions = نقاشات
cmdname-report = تقرير
cmdname-events = فعاليات
cmdname-subscribe = اشتراك
cmdname-unsubscribe = إلغاء-الاشتراك
cmdname-announce = إعلان
# Descriptions of command options.
param-question = سؤالك بكلماتك الخاصة
param-code = رمز لغة مثل de أو ar أو pt-BR
param-server-language = اللغة التي يستخدمها البوت في هذا الخادم
param-channel = القناة التي ينشر فيها البوت الإعلانات
param-ticket = رقم التذكرة
param-answer = إجابتك
param-month = شهر مثل 2026-11
