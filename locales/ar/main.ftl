# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = عذرًا، حدث خطأ من جهتي. حاول مرة أخرى، أو أرسل /help.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = عذرًا، لا أستطيع حفظ أي شيء الآن. لم يضع شيء مما أخبرتني به من قبل؛ حاول مرة أخرى بعد بضع دقائق.
error-too-long = هذه الرسالة أطول مما أستطيع قراءته. من فضلك اختصرها، فالحد الأقصى هو { $limit } من الأحرف.
error-flood = أنت ترسل الرسائل بسرعة كبيرة. { $seconds ->
        [zero] انتظر لحظة ثم حاول مرة أخرى.
        [one] من فضلك انتظر ثانية واحدة ثم حاول مرة أخرى.
        [two] من فضلك انتظر ثانيتين ثم حاول مرة أخرى.
        [few] من فضلك انتظر { $seconds } ثوانٍ ثم حاول مرة أخرى.
        [many] من فضلك انتظر { $seconds } ثانية ثم حاول مرة أخرى.
       *[other] من فضلك انتظر { $seconds } ثانية ثم حاول مرة أخرى.
    }
error-button-expired = انتهت صلاحية هذا الزر. أرسل /start لتحصل على قائمة جديدة.
error-unsupported = أستطيع قراءة الرسائل النصية والأزرار فقط. أرسل /help لترى ما يمكنني فعله.
error-private-only = حفاظًا على خصوصيتك، لا يعمل الأمر { $command } إلا في محادثة خاصة معي. افتح محادثة خاصة وأرسله هناك.
fallback = عذرًا، لم أفهم ذلك. أرسل /help لترى ما يمكنني فعله.
unknown-command = لا أعرف الأمر { $command }. أرسل /help لترى ما يمكنني فعله.
cancel-done = تم الإيقاف. لا يجري أي شيء الآن.
cancel-nothing = لا يوجد ما يمكن إلغاؤه.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = افتح محادثة خاصة
