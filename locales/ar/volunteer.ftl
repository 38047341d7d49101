# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = شكرًا لتطوعك لتكون منسق الاستراتيجية التنظيمية لمجموعتك! تحقق أولًا من القائمة لتعرف إن كان لمجموعتك منسق بالفعل: { $list }
    بعد ذلك ثلاثة أسئلة قصيرة، ويمكنك التوقف في أي وقت بإرسال /cancel.
volunteer-group = ما اسم مجموعتك المنظمة (مثل الجهة التابعة أو مجموعة المستخدمين التي تنتمي إليها)؟
volunteer-language = ما اللغة التي تتحدث بها مجموعتك في الغالب؟
volunteer-contact = كيف يمكن لفريق الاستراتيجية التواصل معك؟ مثلًا اسم المستخدم الخاص بك على ميتا ويكي أو عنوان بريد إلكتروني.
volunteer-confirm = من فضلك راجع بيانات تسجيلك:
    المجموعة: { $group }
    اللغة: { $language }
    التواصل: { $contact }
    هل أرسلها؟
volunteer-send = إرسال
volunteer-thanks = شكرًا لك! وصل تسجيلك إلى فريق الاستراتيجية، وسيتواصلون معك.
# Sent to the bot's admins, each in their own language.
volunteer-notify = تسجيل جديد لمنسق استراتيجية تنظيمية:
    المجموعة: { $group }
    اللغة: { $language }
    التواصل: { $contact }
    منصة التسجيل: { $platform }
