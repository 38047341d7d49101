# Choosing the language (/language).

language-choose = Выберите язык.
# Said in the new language right after the user chose it.
language-set = Готово. Теперь я буду говорить с вами по-русски.
language-unknown = Я не знаю код языка «{ $code }». Нажмите на кнопку или отправьте один из этих кодов: { $codes }
