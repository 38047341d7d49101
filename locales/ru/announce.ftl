# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = Отправлять объявления могут только координаторы и администраторы.
announce-ask-language = Подписчикам какого языка отправить объявление?
announce-all = Все мои языки
announce-ask-text = Напишите текст объявления. Максимум символов: { $limit }.
announce-ask-link = Добавить ссылку? Отправьте её (она должна начинаться с https://) или нажмите «Пропустить».
announce-bad-link = Это не ссылка, начинающаяся с https://. Отправьте ссылку или нажмите «Пропустить».
announce-preview = Предварительный просмотр:

    { $text }

    Объявление дойдёт до { $people ->
        [one] { $people } человека
        [few] { $people } человек
        [many] { $people } человек
       *[other] { $people } человека
    } и { $channels ->
        [one] { $channels } канала или группы
        [few] { $channels } каналов или групп
        [many] { $channels } каналов или групп
       *[other] { $channels } канала или группы
    } (Telegram { $telegram }, Discord { $discord }). Отправить сейчас?
announce-send = Отправить сейчас
announce-cancel = Отменить
announce-queued = Ваше объявление отправляется { $count ->
        [one] { $count } получателю
        [few] { $count } получателям
        [many] { $count } получателям
       *[other] { $count } получателя
    }.
announce-cancelled = Объявление не отправлено.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = Объявление от команды стратегии движения:

    { $text }
    { $link }
