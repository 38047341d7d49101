# The greeting and the main menu (/start).

start-greeting = مرحبًا! أنا بوت «شارِك» الخاص باستراتيجية حركة ويكيميديا. أجيب عن أسئلتك حول محادثات الاستراتيجية، وأدلّك على منسق لغتك، وأشرح لك كيف تستضيف صالون استراتيجية أو تبدأ نقاشًا بنفسك. اختر من الأزرار أدناه، أو اكتب سؤالك ببساطة.
menu-faq = أسئلة وأجوبة
menu-liaison = منسق لغتي
menu-salon = استضافة صالون استراتيجية
menu-discuss = بدء نقاش
menu-survey = المشاركة في الاستبيان
menu-volunteer = التطوع
menu-events = الفعاليات
menu-subscribe = الإعلانات
menu-language = اللغة
menu-privacy = الخصوصية
menu-help = المساعدة
