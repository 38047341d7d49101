# Upcoming events (/events) and reminders before them.

events-none = Zurzeit gibt es keine anstehenden Veranstaltungen für { $language }. Sende /subscribe, um von neuen zu erfahren.
events-list = Anstehende Veranstaltungen:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = Erinnerung: { $title } beginnt am { $when } ({ $zone }).
    { $link }
events-reminder-no-link = Erinnerung: { $title } beginnt am { $when } ({ $zone }).
# The seed event from the campaign page.
event-next-phase-title = Die nächste Phase der Community-Gespräche beginnt
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = Wie heißt die Veranstaltung? Schreib ihren Titel in der Sprache ihrer Teilnehmenden.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = Nur Ansprechpersonen und Admins können Veranstaltungen hinzufügen. Sende /events, um die anstehenden zu sehen.
events-ask-when = Wann beginnt sie? Schreib das lokale Datum und die Uhrzeit so: 2026-12-01 18:00
events-bad-when = Dieses Datum konnte ich nicht lesen. Bitte schreib es so: 2026-12-01 18:00 (ein Datum in der Zukunft).
events-ask-zone = In welcher Zeitzone ist das? Sende ihren Namen, zum Beispiel Europe/Berlin, America/Sao_Paulo oder Asia/Kolkata, oder tippe auf „Überspringen“ für UTC.
events-bad-zone = Die Zeitzone „{ $zone }“ kenne ich nicht. Sende einen Namen wie Europe/Berlin oder tippe auf „Überspringen“ für UTC.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = Die Uhrzeit { $when } gibt es in { $zone } nicht, weil dann die Uhren vorgestellt werden. Sende ein anderes Datum mit Uhrzeit, zum Beispiel { $instead }.
events-time-twice = Die Uhrzeit { $when } gibt es in { $zone } zweimal, weil dann die Uhren zurückgestellt werden. Sende sie noch einmal mit ihrem Versatz zu UTC: { $first } für die erste, { $second } für die zweite.
events-added = Erledigt. Die Veranstaltung steht jetzt für { $languages } am { $when } ({ $zone }) in der Liste, und die Abonnierenden bekommen einen Tag vorher eine Erinnerung.
