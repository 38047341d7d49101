# Upcoming events (/events) and reminders before them.

events-none = Ahora mismo no hay próximos eventos en { $language }. Envía /subscribe para enterarte de los nuevos.
events-list = Próximos eventos:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = Recordatorio: { $title } empieza el { $when } ({ $zone }).
    { $link }
events-reminder-no-link = Recordatorio: { $title } empieza el { $when } ({ $zone }).
# The seed event from the campaign page.
event-next-phase-title = Empieza la próxima fase de las conversaciones comunitarias
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = ¿Cómo se llama el evento? Escribe su título en el idioma de sus participantes.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = Solo los enlaces y los administradores pueden añadir eventos. Envía /events para ver los próximos.
events-ask-when = ¿Cuándo empieza? Escribe la fecha y la hora locales así: 2026-12-01 18:00
events-bad-when = No he podido leer esa fecha. Escríbela así: 2026-12-01 18:00 (una fecha futura).
events-ask-zone = ¿En qué zona horaria es? Envía su nombre, por ejemplo Europe/Berlin, America/Sao_Paulo o Asia/Kolkata, o pulsa «Saltar» para usar UTC.
events-bad-zone = No conozco la zona horaria «{ $zone }». Envía un nombre como Europe/Berlin o pulsa «Saltar» para usar UTC.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = La hora { $when } no existe en { $zone }: a esa hora se adelantan los relojes. Envía otra fecha y hora, por ejemplo { $instead }.
events-time-twice = La hora { $when } se repite en { $zone }: a esa hora se atrasan los relojes. Envíala de nuevo con su diferencia respecto a UTC: { $first } para la primera vez, { $second } para la segunda.
events-added = Hecho. El evento aparece en la lista de { $languages } para el { $when } ({ $zone }), y los suscriptores recibirán un recordatorio un día antes.
