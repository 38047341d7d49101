# Upcoming events (/events) and reminders before them.

events-none = Neste momento, não há eventos próximos em { $language }. Envia /subscribe para saberes dos novos.
events-list = Próximos eventos:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-reminder = Lembrete: { $title } começa em { $when } ({ $zone }).
    { $link }
# The seed event from the campaign page.
event-next-phase-title = Começa a próxima fase das conversas na comunidade
