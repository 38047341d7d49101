# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = Готово. На этом сервере я буду говорить по-русски, а объявления буду публиковать в { $channel }.
setup-not-allowed = Настраивать этот сервер могут только участники с правом управлять им.
setup-server-only = Эта команда настраивает сервер, поэтому работает только на сервере.
setup-bad-language = Я не знаю код языка «{ $code }». Используйте один из этих кодов: { $codes }
