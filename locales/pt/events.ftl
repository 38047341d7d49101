# Upcoming events (/events) and reminders before them.

events-none = Neste momento, não há eventos próximos em { $language }. Envia /subscribe para saberes dos novos.
events-list = Próximos eventos:

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when } ({ $zone })
    { $link }
events-item-no-link = { $title } — { $when } ({ $zone })
events-reminder = Lembrete: { $title } começa em { $when } ({ $zone }).
    { $link }
events-reminder-no-link = Lembrete: { $title } começa em { $when } ({ $zone }).
# The seed event from the campaign page.
event-next-phase-title = Começa a próxima fase das conversas na comunidade
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = Como se chama o evento? Escreve o título na língua dos participantes.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = Só os Contactos Estratégicos e os administradores podem adicionar eventos. Envia /events para veres os próximos.
events-ask-when = Quando começa? Escreve a data e a hora locais assim: 2026-12-01 18:00
events-bad-when = Não consegui ler essa data. Escreve-a assim: 2026-12-01 18:00 (uma data futura).
events-ask-zone = Em que fuso horário? Envia o nome dele, por exemplo Europe/Berlin, America/Sao_Paulo ou Asia/Kolkata, ou carrega em «Saltar» para usar UTC.
events-bad-zone = Não conheço o fuso horário «{ $zone }». Envia um nome como Europe/Berlin ou carrega em «Saltar» para usar UTC.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = A hora { $when } não existe no fuso horário { $zone }: nesse momento os relógios avançam. Envia outra data e hora, por exemplo { $instead }.
events-time-twice = A hora { $when } acontece duas vezes no fuso horário { $zone }: nesse momento os relógios atrasam. Envia-a de novo com a diferença em relação a UTC: { $first } para a primeira vez, { $second } para a segunda.
events-added = Feito. O evento de { $when } ({ $zone }) está na lista para { $languages }, e os subscritores vão receber um lembrete um dia antes.
