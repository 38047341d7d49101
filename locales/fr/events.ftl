# Upcoming events (/events) and reminders before them.

events-none = Aucun événement à venir en { $language } pour le moment. Envoyez /subscribe pour être informé des prochains.
events-list = Événements à venir :

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = Rappel : { $title } commence le { $when } ({ $zone }).
    { $link }
events-reminder-no-link = Rappel : { $title } commence le { $when } ({ $zone }).
# The seed event from the campaign page.
event-next-phase-title = La prochaine phase des conversations communautaires commence
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = Comment s'appelle l'événement ? Écrivez son titre dans la langue de ses participants.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = Seuls les agents de liaison et les administrateurs peuvent ajouter des événements. Envoyez /events pour voir ceux à venir.
events-ask-when = Quand commence-t-il ? Écrivez la date et l'heure locales ainsi : 2026-12-01 18:00
events-bad-when = Je n'ai pas pu lire cette date. Écrivez-la ainsi : 2026-12-01 18:00 (une date à venir).
events-ask-zone = Dans quel fuseau horaire ? Envoyez son nom, par exemple Europe/Berlin, America/Sao_Paulo ou Asia/Kolkata, ou appuyez sur « Passer » pour utiliser UTC.
events-bad-zone = Je ne connais pas le fuseau horaire « { $zone } ». Envoyez un nom comme Europe/Berlin, ou appuyez sur « Passer » pour utiliser UTC.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = L'heure { $when } n'existe pas dans le fuseau horaire { $zone } : on y avance les horloges à ce moment-là. Envoyez une autre date et une autre heure, par exemple { $instead }.
events-time-twice = L'heure { $when } existe deux fois dans le fuseau horaire { $zone } : on y recule les horloges à ce moment-là. Renvoyez-la avec son décalage par rapport à UTC : { $first } pour la première, { $second } pour la seconde.
events-added = C'est fait. L'événement figure dans la liste en { $languages } pour le { $when } ({ $zone }), et les abonnés recevront un rappel la veille.
