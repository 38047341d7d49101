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
cmd-liaison = العثور على منسق لغتك
cmd-salon = كيف تستضيف صالون استراتيجية
cmd-discuss = كيف تبدأ نقاشًا بنفسك
cmd-privacy = ما أحفظه عنك
cmd-forget = حذف كل ما أحفظه عنك
cmd-cancel = إيقاف ما يجري الآن
