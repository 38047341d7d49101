# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 Спросить человека
ask-intro = Напишите вопрос, на который вам ответит живой человек. Его получат координаторы для вашего языка ({ $language }), а если их нет — команда стратегии. Ответ придёт сюда, в этот чат.
ask-question = Что вы хотите спросить?
ask-contact = Если хотите, укажите, как ещё с вами можно связаться (например, ваше имя участника на Мета-вики). Иначе координатор не узнает, кто вы. Чтобы остаться анонимным, нажмите «Пропустить».
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = Ваш вопрос зарегистрирован как обращение #{ $ticket }. { $to ->
        [liaison] Его получили координаторы для вашего языка ({ $language }), они ответят вам здесь.
       *[team] Его получила команда стратегии, она ответит вам здесь.
    } Чтобы что-то добавить, ответьте на сообщение с их ответом.
ask-too-many = Вопросов, ожидающих ответа, у вас уже { $most } — это максимум. Дождитесь ответа или закройте вопрос, который уже решён.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 Обращение #{ $ticket } · { $language }
    { $question }

    Ответьте на это сообщение, нажмите «Ответить» или напишите /reply { $ticket } и свой ответ.
ticket-new-contact = 🎫 Обращение #{ $ticket } · { $language }
    { $question }

    Указанный контакт: { $contact }
    Ответьте на это сообщение, нажмите «Ответить» или напишите /reply { $ticket } и свой ответ.
ticket-followup = 🎫 Обращение #{ $ticket } · { $language } · участник пишет:
    { $text }
# What the member receives.
ticket-answer = 💬 Ответ на ваш вопрос #{ $ticket }:
    { $text }

    Чтобы написать в ответ, ответьте на это сообщение или нажмите «Ответить».
ticket-closed = Ваш вопрос #{ $ticket } закрыт. Спасибо! Чтобы задать новый вопрос, отправьте /ask.

ticket-button-answer = ✎ Ответить
ticket-button-reply = ✎ Ответить
ticket-button-claim = Взять себе
ticket-button-close = Закрыть
ticket-button-solved = ✓ Решено
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = Напишите сообщение для обращения #{ $ticket }:
ticket-sent = Сообщение отправлено в обращение #{ $ticket }.
ticket-gone = Обращение #{ $ticket } закрыто или не существует.
ticket-not-yours = Вы не можете писать в обращение #{ $ticket }: оно относится к другому языку.
ticket-claimed = Вы взяли обращение #{ $ticket } себе: следующие сообщения участника будут приходить вам.
ticket-claimed-other = Обращение #{ $ticket } уже взял другой координатор.
ticket-closed-done = Обращение #{ $ticket } закрыто.
reply-usage = Напишите /reply, номер обращения и свой ответ, например: /reply 12 Спасибо за вопрос!

tickets-not-allowed = Обращения могут просматривать только координаторы и администраторы.
tickets-none = Открытых вопросов нет ({ $languages }).
tickets-list = Открытые вопросы ({ $languages }), всего { $count }:
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] ваше
        [claimed] взято
       *[open] открыто
    } · { $question }
