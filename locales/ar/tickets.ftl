# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 اسأل شخصًا
ask-intro = اكتب سؤالك ليجيب عنه شخص حقيقي. يصل سؤالك إلى منسقي اللغة { $language } (أو إلى فريق الاستراتيجية إن لم يكن لها منسق)، وسيجيبونك هنا في هذه المحادثة.
ask-question = ما الذي تريد أن تسأل عنه؟
ask-contact = إن شئت، أضف وسيلة أخرى يمكنهم التواصل معك بها (مثل اسم المستخدم الخاص بك على ميتا ويكي)، فالمنسق لا يعرف هويتك بغير ذلك. اضغط «تخطي» لتبقى مجهول الهوية.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = سؤالك هو التذكرة #{ $ticket }. { $to ->
        [liaison] تسلّمه منسقو اللغة { $language }
       *[team] تسلّمه فريق الاستراتيجية
    }، وسيجيبونك هنا. ويمكنك أن تكتب المزيد بالرد على إجابتهم.
ask-too-many = لديك بالفعل { $most ->
        [one] سؤال واحد
        [two] سؤالان
        [few] { $most } أسئلة
        [many] { $most } سؤالًا
       *[other] { $most } سؤال
    } في انتظار الإجابة. من فضلك انتظر الإجابة، أو أغلق سؤالًا تم حلّه.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 التذكرة #{ $ticket } · { $language }
    { $question }

    ردّ على هذه الرسالة، أو اضغط «إجابة»، أو اكتب /reply { $ticket } ثم إجابتك.
ticket-new-contact = 🎫 التذكرة #{ $ticket } · { $language }
    { $question }

    وسيلة التواصل التي قدّمها العضو: { $contact }
    ردّ على هذه الرسالة، أو اضغط «إجابة»، أو اكتب /reply { $ticket } ثم إجابتك.
ticket-followup = 🎫 التذكرة #{ $ticket } · { $language } · كتب العضو:
    { $text }
# What the member receives.
ticket-answer = 💬 إجابة عن سؤالك #{ $ticket }:
    { $text }

    ردّ على هذه الرسالة أو اضغط «رد» لتكتب ردّك.
ticket-closed = أُغلق سؤالك #{ $ticket }. شكرًا لك! أرسل /ask لتطرح سؤالًا جديدًا.

ticket-button-answer = ✎ إجابة
ticket-button-reply = ✎ رد
ticket-button-claim = استلام
ticket-button-close = إغلاق
ticket-button-solved = ✓ تم الحل
ticket-button-number = ✎ التذكرة #{ $ticket }
ticket-write-prompt = اكتب رسالتك بشأن التذكرة #{ $ticket }:
ticket-sent = أُرسلت إلى التذكرة #{ $ticket }.
ticket-gone = التذكرة #{ $ticket } مغلقة أو غير موجودة.
ticket-not-yours = لا يمكنك الكتابة في التذكرة #{ $ticket }: فهي تخص لغة أخرى.
ticket-claimed = استلمتَ التذكرة #{ $ticket }: ستصلك رسائل العضو التالية.
ticket-claimed-other = استلم منسق آخر التذكرة #{ $ticket } بالفعل.
ticket-closed-done = أُغلقت التذكرة #{ $ticket }.
reply-usage = اكتب /reply ثم رقم التذكرة وإجابتك، مثلًا: /reply 12 شكرًا على سؤالك!

tickets-not-allowed = يقتصر الاطلاع على التذاكر على المنسقين والمشرفين.
tickets-none = لا توجد أسئلة مفتوحة ({ $languages }).
tickets-list = الأسئلة المفتوحة ({ $languages })، وعددها { $count }:
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = التذكرة #{ $ticket } · { $language } · { $status ->
        [mine] لديك
        [claimed] استلمها غيرك
       *[open] مفتوحة
    } · { $question }
