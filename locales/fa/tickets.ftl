# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 از یک نفر بپرسید
ask-intro = پرسشتان را برای یک نفر بنویسید. پرسش شما به رابط‌های زبان { $language } می‌رسد (یا اگر رابطی نباشد، به تیم راهبرد) و آن‌ها همین‌جا در همین گفتگو به شما پاسخ می‌دهند.
ask-question = چه می‌خواهید بپرسید؟
ask-contact = اگر بخواهید، بنویسید از چه راه دیگری هم می‌توانند با شما تماس بگیرند (مثلاً نام کاربری‌تان در متاویکی). در غیر این صورت رابط نمی‌داند شما چه کسی هستید. برای ناشناس ماندن «رد کردن» را بزنید.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = پرسش شما با شماره تیکت #{ $ticket } ثبت شد. { $to ->
        [liaison] رابط‌های زبان { $language } آن را دریافت کرده‌اند و همین‌جا به شما پاسخ می‌دهند
       *[team] تیم راهبرد آن را دریافت کرده است و همین‌جا به شما پاسخ می‌دهد
    }. با پاسخ دادن به پیام آن‌ها می‌توانید باز هم بنویسید.
ask-too-many = شما همین حالا { $most } پرسش در انتظار پاسخ دارید. لطفاً منتظر پاسخ بمانید، یا پرسشی را که حل شده است ببندید.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 تیکت #{ $ticket } · { $language }
    { $question }

    به این پیام پاسخ دهید، «پاسخ» را بزنید، یا /reply { $ticket } و پس از آن پاسختان را بنویسید.
ticket-new-contact = 🎫 تیکت #{ $ticket } · { $language }
    { $question }

    راه تماس اعلام‌شده: { $contact }
    به این پیام پاسخ دهید، «پاسخ» را بزنید، یا /reply { $ticket } و پس از آن پاسختان را بنویسید.
ticket-followup = 🎫 تیکت #{ $ticket } · { $language } · کاربر می‌نویسد:
    { $text }
# What the member receives.
ticket-answer = 💬 پاسخ به پرسش شما با شماره #{ $ticket }:
    { $text }

    برای نوشتن جواب، به این پیام پاسخ دهید یا «جواب دادن» را بزنید.
ticket-closed = پرسش شما با شماره #{ $ticket } بسته شد. سپاسگزارم! برای پرسش تازه /ask را بفرستید.

ticket-button-answer = ✎ پاسخ
ticket-button-reply = ✎ جواب دادن
ticket-button-claim = برعهده گرفتن
ticket-button-close = بستن
ticket-button-solved = ✓ حل شد
ticket-button-number = ✎ تیکت #{ $ticket }
ticket-write-prompt = پیامتان را برای تیکت #{ $ticket } بنویسید:
ticket-sent = به تیکت #{ $ticket } فرستاده شد.
ticket-gone = تیکت #{ $ticket } بسته شده یا وجود ندارد.
ticket-not-yours = نمی‌توانید در تیکت #{ $ticket } بنویسید: این تیکت به زبان دیگری مربوط است.
ticket-claimed = تیکت #{ $ticket } را برعهده گرفتید: پیام‌های بعدی کاربر به شما می‌رسد.
ticket-claimed-other = رابط دیگری تیکت #{ $ticket } را پیش‌تر برعهده گرفته است.
ticket-closed-done = تیکت #{ $ticket } بسته شد.
reply-usage = فرمان /reply، شماره تیکت و پاسختان را بنویسید؛ مثلاً: /reply 12 ممنون که پرسیدید!

tickets-not-allowed = فقط رابط‌ها و مدیران می‌توانند تیکت‌ها را ببینند.
tickets-none = هیچ پرسش بازی برای { $languages } نیست.
tickets-list = پرسش‌های باز برای { $languages } ({ $count }):
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = تیکت #{ $ticket } · { $language } · { $status ->
        [mine] با شما
        [claimed] با رابط دیگر
       *[open] باز
    } · { $question }
