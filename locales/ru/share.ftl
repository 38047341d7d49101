# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 Поделиться итогами
share-intro = Спасибо, что провели обсуждение! Я задам о нём несколько вопросов, по одному; перед отправкой вы увидите всё целиком. Координаторы для языка обсуждения получат краткую сводку.
share-group = Кто проводил обсуждение? Укажите название вашей группы или сообщества.
share-language = На каком языке проходило обсуждение?
share-date = В какой день оно проходило? Напишите дату в формате 2026-11-28.
share-participants = Сколько человек в нём участвовало?
share-themes = Каких тематических направлений оно касалось? Выберите все подходящие, затем нажмите «Готово».
share-themes-advocacy = Защита интересов
share-themes-capacity = Развитие потенциала
share-themes-health = Здоровье сообщества
share-themes-diversity = Разнообразие
share-themes-partnerships = Партнёрства
share-themes-product = Продукт и технологии
share-themes-resources = Распределение ресурсов
share-themes-revenue = Источники дохода
share-themes-roles = Роли и обязанности
share-conclusions = Каковы главные выводы? (не более 3000 символов)
share-link = Если в вики есть записи обсуждения, отправьте ссылку на них (она должна начинаться с https://). Если нет, нажмите «Пропустить».
share-preview = Пожалуйста, проверьте всё перед отправкой:
    Группа: { $group }
    Язык: { $language }
    Дата: { $date }
    Участников: { $participants }
    Темы: { $themes }
    Выводы: { $conclusions }
    Записи: { $link }
share-submit = Отправить
share-thanks = Спасибо! Ваши итоги сохранены как обсуждение #{ $number }, а координаторы для языка обсуждения получили сводку.
share-notify = 📝 Итоги обсуждения #{ $number } · { $language }
    { $group }, { $date }, { $participants ->
        [one] { $participants } человек
        [few] { $participants } человека
        [many] { $participants } человек
       *[other] { $participants } человека
    }
    { $summary }

discussions-not-allowed = Присланные итоги обсуждений могут просматривать только координаторы и администраторы.
discussions-none = Итогов обсуждений пока никто не прислал ({ $languages }).
discussions-list = Присланные итоги обсуждений ({ $languages }), последние { $count }:

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] { $participants } человек
        [few] { $participants } человека
        [many] { $participants } человек
       *[other] { $participants } человека
    }
    { $themes }
    { $summary }
    { $link }
