# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = Извините, у меня что-то пошло не так. Попробуйте ещё раз или отправьте /help.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = Извините, сейчас я не могу ничего сохранить. Ничего из того, что вы сообщили мне раньше, не потеряно; попробуйте ещё раз через несколько минут.
error-too-long = Это сообщение для меня слишком длинное. Пожалуйста, сократите его. Максимум символов: { $limit }.
error-flood = Вы отправляете сообщения слишком быстро. Подождите { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    } и попробуйте снова.
error-button-expired = Эта кнопка устарела. Отправьте /start, чтобы получить новое меню.
error-unsupported = Я понимаю только текстовые сообщения и кнопки. Отправьте /help, чтобы узнать, что я умею.
error-private-only = Ради вашей конфиденциальности команда { $command } работает только в личном чате со мной. Откройте личный чат и отправьте её там.
fallback = Извините, мне непонятно это сообщение. Отправьте /help, чтобы узнать, что я умею.
unknown-command = Я не знаю команды { $command }. Отправьте /help, чтобы узнать, что я умею.
cancel-done = Остановлено. Сейчас ничего не выполняется.
cancel-nothing = Отменять нечего.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = Открыть личный чат
