# Upcoming events (/events) and reminders before them.

events-none = Aucun événement à venir en { $language } pour le moment. Envoyez /subscribe pour être informé des prochains.
events-list = Événements à venir :

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = Rappel : { $title } commence le { $when } ({ $zone }).
    { $link }
# The seed event from the campaign page.
event-next-phase-title = La prochaine phase des conversations communautaires commence
