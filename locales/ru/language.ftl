# Choosing the language (/language).

language-choose = Выберите язык.
# Said in the new language right after the user chose it.
language-set = Готово. Теперь я буду говорить с вами по-русски.
language-unknown = Я не знаю код языка «{ $code }». Нажмите на кнопку или отправьте один из этих кодов: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = Готово. Теперь в этой группе я буду говорить по-русски.
language-group-admin-only = Менять язык этой группы могут только её администраторы. Чтобы выбрать язык для себя, отправьте /language в личном чате со мной.
