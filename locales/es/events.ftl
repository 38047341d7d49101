# Upcoming events (/events) and reminders before them.

events-none = Ahora mismo no hay próximos eventos en { $language }. Envía /subscribe para enterarte de los nuevos.
events-list = Próximos eventos:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = Recordatorio: { $title } empieza el { $when } ({ $zone }).
    { $link }
# The seed event from the campaign page.
event-next-phase-title = Empieza la próxima fase de las conversaciones comunitarias
