# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = Этот короткий опрос позволяет напрямую поделиться своим мнением с командой стратегии движения. Ваши ответы хранятся под псевдонимным идентификатором и никогда не связываются с вашей учётной записью. Вы можете вернуться назад, пропустить необязательные вопросы или в любой момент остановиться командой /cancel.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = Вопрос { $step } из { $total }: { $question }
survey-role = Как вы участвуете в движении Викимедиа?
survey-role-editor = Редактирую проект Викимедиа
survey-role-affiliate = Участвую в организации или группе
survey-role-organizer = Организую мероприятия и акции
survey-role-technical = Занимаюсь технической работой
survey-role-reader = Читаю, жертвую или рассказываю другим
survey-role-new = Я новичок в движении
survey-areas = Какие тематические направления для вас важнее всего? Выберите сколько угодно, затем нажмите «Готово».
    .title = Какие тематические направления для вас важнее всего?
survey-areas-advocacy = Защита интересов
survey-areas-capacity = Развитие потенциала
survey-areas-health = Здоровье сообщества
survey-areas-diversity = Разнообразие
survey-areas-partnerships = Партнёрства
survey-areas-product = Продукт и технологии
survey-areas-resources = Распределение ресурсов
survey-areas-revenue = Источники дохода
survey-areas-roles = Роли и обязанности
survey-involved = Насколько вы пока вовлечены в обсуждения стратегии движения? Выберите от 1 (совсем нет) до 5 (очень сильно).
    .title = Насколько вы пока вовлечены в обсуждения стратегии движения? (1 = совсем нет, 5 = очень сильно)
survey-ways = Как бы вы хотели участвовать в обсуждениях? Выберите любые варианты, затем нажмите «Готово».
    .title = Как бы вы хотели участвовать в обсуждениях?
survey-ways-salon = На очном стратегическом салоне
survey-ways-wiki = В обсуждениях в вики
survey-ways-chat = В соцсетях или чатах
survey-ways-group = В своей организации или группе
survey-ways-survey = Через опросы вроде этого
survey-host = Хотела бы ваша организация или группа провести стратегический салон?
survey-youth = Некоторые стратегические салоны проводятся для молодёжи. Хотели бы вы принять участие в таком салоне?
survey-change = Что должно измениться в движении? Ответьте, пожалуйста, своими словами.
survey-consent = Может ли ваш координатор по стратегии сообщества связаться с вами по поводу ваших ответов?
survey-thanks = Спасибо! Ваши ответы сохранены. Посмотреть или изменить их можно в любой момент командой /survey.
survey-done-before = Вы уже отвечали на этот опрос. Ваши ответы:

    { $summary }

    Хотите их изменить?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = Изменить ответы
survey-keep-answers = Оставить как есть
survey-kept = Ваши ответы остаются без изменений. Спасибо!
survey-resume = С возвращением! Продолжим с того места, где вы остановились.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = Незавершённый диалог { $command } отложен: когда вы закончите здесь, он продолжится с того места, где вы остановились.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = Возвращаемся к тому, чем вы занимались раньше; ни один из ваших ответов не потерян.
flow-back = Назад
flow-skip = Пропустить
flow-done = Готово
flow-yes = Да
flow-no = Нет
flow-skipped = пропущено
flow-choose-button = Пожалуйста, ответьте с помощью одной из кнопок.
flow-choose-at-least-one = Выберите хотя бы один вариант, затем нажмите «Готово».
flow-too-long = Этот ответ слишком длинный. Пожалуйста, сократите его. Максимум символов: { $limit }.
flow-bad-date = Пожалуйста, напишите уже прошедшую дату, например 2026-11-28.
flow-bad-number = Пожалуйста, напишите целое число, например 12.
flow-bad-link = Пожалуйста, отправьте ссылку, начинающуюся с https://, или нажмите «Пропустить».
flow-empty = Пожалуйста, напишите свой ответ.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = Вопрос { $step } из { $total }: { $question }

    Ваш текущий ответ: { $answer }
flow-keep = Оставить этот ответ
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] С учётом вашего ответа один вопрос отпадает. Всего вопросов теперь: { $total }.
        [1] С учётом вашего ответа добавляется один вопрос. Всего вопросов теперь: { $total }.
       *[other] Ваш ответ изменил число вопросов. Всего вопросов теперь: { $total }.
    }

    Вопрос { $step } из { $total }: { $question }
flow-not-current = Эта кнопка относится к другому вопросу. Вот текущий вопрос.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = Написать ответ
