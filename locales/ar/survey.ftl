# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = يتيح لك هذا الاستبيان القصير أن تشارك آراءك مع فريق استراتيجية الحركة مباشرة. تُحفظ إجاباتك تحت معرّف مستعار، ولا تُربط أبدًا بحسابك. يمكنك الرجوع إلى سؤال سابق، وتخطي الأسئلة الاختيارية، والتوقف في أي وقت بإرسال /cancel.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = السؤال { $step } من { $total }: { $question }
survey-role = كيف تشارك في حركة ويكيميديا؟
survey-role-editor = أحرّر في أحد مشاريع ويكيميديا
survey-role-affiliate = أنشط في جهة تابعة أو مجموعة مستخدمين
survey-role-organizer = أنظّم فعاليات أو أنشطة توعية
survey-role-technical = أساهم في العمل التقني
survey-role-reader = أقرأ أو أتبرّع أو أعرّف بالمشاريع
survey-role-new = أنا جديد في الحركة
survey-areas = ما المحاور الموضوعية الأهم بالنسبة إليك؟ اختر منها ما تشاء، ثم اضغط «تم».
    .title = ما المحاور الموضوعية الأهم بالنسبة إليك؟
survey-areas-advocacy = المناصرة
survey-areas-capacity = بناء القدرات
survey-areas-health = صحة المجتمع
survey-areas-diversity = التنوع
survey-areas-partnerships = الشراكات
survey-areas-product = المنتج والتقنية
survey-areas-resources = تخصيص الموارد
survey-areas-revenue = مصادر الإيرادات
survey-areas-roles = الأدوار والمسؤوليات
survey-involved = إلى أي حد تشعر أنك مشارك في محادثات استراتيجية الحركة حتى الآن؟ اختر من 1 (لا على الإطلاق) إلى 5 (كثيرًا جدًا).
    .title = إلى أي حد تشعر أنك مشارك في محادثات استراتيجية الحركة حتى الآن؟ (1 = لا على الإطلاق، 5 = كثيرًا جدًا)
survey-ways = كيف تحب أن تشارك في المحادثات؟ اختر ما يناسبك، ثم اضغط «تم».
    .title = كيف تحب أن تشارك في المحادثات؟
survey-ways-salon = في صالون استراتيجية حضوري
survey-ways-wiki = في النقاشات على الويكي
survey-ways-chat = في وسائل التواصل أو مجموعات الدردشة
survey-ways-group = ضمن جهتي التابعة أو مجموعتي
survey-ways-survey = عبر استبيانات مثل هذا
survey-host = هل ترغب جهتك التابعة أو مجموعتك في استضافة صالون استراتيجية؟
survey-youth = بعض صالونات الاستراتيجية مخصصة للشباب. هل تود المشاركة في أحدها؟
survey-change = ما الذي ينبغي أن يتغير في الحركة؟ أجب بكلماتك الخاصة من فضلك.
survey-consent = هل يمكن لمنسق استراتيجية المجتمع للغتك أن يتواصل معك بشأن إجاباتك؟
survey-thanks = شكرًا لك! حُفظت إجاباتك. يمكنك الاطلاع عليها أو تغييرها في أي وقت بإرسال /survey.
survey-done-before = لقد أجبت عن هذا الاستبيان من قبل. إجاباتك:

    { $summary }

    هل تريد تغييرها؟
# One line of the summary of someone's answers.
survey-summary-line = س: { $question } — ج: { $answer }
survey-change-answers = تغيير إجاباتي
survey-keep-answers = أبقِها كما هي
survey-kept = ستبقى إجاباتك كما هي. شكرًا لك!
survey-resume = أهلًا بعودتك! لنكمل من حيث توقفت.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = وضعتُ { $command } الذي لم تُكمله جانبًا: سيُستأنف من حيث توقفت عندما تنتهي هنا.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = عدنا إلى ما كنت تفعله من قبل، ولم يضع شيء من إجاباتك.
flow-back = رجوع
flow-skip = تخطي
flow-done = تم
flow-yes = نعم
flow-no = لا
flow-skipped = تم التخطي
flow-choose-button = من فضلك أجب باستخدام أحد الأزرار.
flow-choose-at-least-one = من فضلك اختر خيارًا واحدًا على الأقل، ثم اضغط «تم».
flow-too-long = هذه الإجابة طويلة جدًا. من فضلك اختصرها، فالحد الأقصى هو { $limit } من الأحرف.
flow-bad-date = من فضلك اكتب تاريخًا قد مضى، مثل 2026-11-28.
flow-bad-number = من فضلك اكتب عددًا صحيحًا، مثل 12.
flow-bad-link = من فضلك أرسل رابطًا يبدأ بـ https://، أو اضغط «تخطي».
flow-empty = من فضلك اكتب إجابتك.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = السؤال { $step } من { $total }: { $question }

    إجابتك حتى الآن: { $answer }
flow-keep = أبقِ هذه الإجابة
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = بناءً على إجابتك، { $change ->
        [-1] حُذف سؤال واحد؛ أصبح عدد الأسئلة الآن { $total }.
        [1] أُضيف سؤال واحد؛ أصبح عدد الأسئلة الآن { $total }.
       *[other] تغيّر عدد الأسئلة؛ أصبح الآن { $total }.
    }

    السؤال { $step } من { $total }: { $question }
flow-not-current = هذا الزر يخص سؤالًا آخر. إليك السؤال الحالي.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = اكتب إجابتي
