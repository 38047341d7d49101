# The command list (/help) and the short description of each command.

help-text = Вот что я умею:

    { $commands }

    В личном чате можно также просто написать вопрос.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Начать и показать меню
cmd-help = Что я умею
cmd-language = Выбрать язык
cmd-faq = Вопросы и ответы
cmd-survey = Пройти опрос
cmd-volunteer = Стать координатором в своей группе
cmd-results = Результаты опроса (для координаторов и администраторов)
cmd-liaison = Найти координатора для вашего языка
cmd-salon = Как провести стратегический салон
cmd-discuss = Как начать собственное обсуждение
cmd-privacy = Какие данные о вас я храню
cmd-forget = Удалить все данные о вас
cmd-cancel = Остановить текущее действие
