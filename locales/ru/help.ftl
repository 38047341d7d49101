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
cmd-unanswered = Вопросы, на которые не нашлось ответа (для координаторов и администраторов)
cmd-ask = Спросить человека: координатор ответит вам здесь
cmd-reply = Ответить на обращение (для координаторов и администраторов)
cmd-tickets = Открытые обращения (для координаторов и администраторов)
cmd-share = Поделиться итогами своего обсуждения
cmd-discussions = Присланные итоги обсуждений (для координаторов и администраторов)
cmd-report = Ежемесячный отчёт (для координаторов и администраторов)
cmd-events = Предстоящие мероприятия
cmd-subscribe = Получать объявления на вашем языке
cmd-unsubscribe = Отписаться от объявлений
cmd-announce = Отправить объявление (для координаторов и администраторов)
cmd-liaison = Найти координатора для вашего языка
cmd-salon = Как провести стратегический салон
cmd-discuss = Как начать собственное обсуждение
cmd-privacy = Какие данные о вас я храню
cmd-forget = Удалить все данные о вас
cmd-cancel = Остановить текущее действие
cmd-menu = Показать меню
cmd-setup = Язык сервера и канал для объявлений (для администраторов)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = помощь
cmdname-menu = меню
cmdname-faq = вопросы
cmdname-survey = опрос
cmdname-volunteer = волонтер
cmdname-liaison = координатор
cmdname-salon = салон
cmdname-discuss = обсуждение
cmdname-language = язык
cmdname-privacy = конфиденциальность
cmdname-forget = забыть
cmdname-results = результаты
cmdname-unanswered = неотвеченные
cmdname-cancel = отмена
cmdname-setup = настройка
cmdname-ask = спросить
cmdname-reply = ответить
cmdname-tickets = обращения
cmdname-share = поделиться
cmdname-discussions = итоги-обсуждений
cmdname-report = отчет
cmdname-events = мероприятия
cmdname-subscribe = подписаться
cmdname-unsubscribe = отписаться
cmdname-announce = объявление
# Descriptions of command options.
param-question = Ваш вопрос своими словами
param-code = Код языка, например de, ar или pt-BR
param-server-language = Язык, на котором бот говорит на этом сервере
param-channel = Куда бот публикует объявления
param-ticket = Номер обращения
param-answer = Ваш ответ
param-month = Месяц, например 2026-11
