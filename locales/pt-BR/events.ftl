# Upcoming events (/events) and reminders before them.

events-none = No momento, não há próximos eventos em { $language }. Envie /subscribe para ficar sabendo dos novos.
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
event-next-phase-title = Começa a próxima fase das conversas comunitárias
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = Qual é o nome do evento? Escreva o título no idioma dos participantes.
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = Só Contatos Estratégicos e administradores podem adicionar eventos. Envie /events para ver os próximos.
events-ask-when = Quando ele começa? Escreva a data e a hora locais assim: 2026-12-01 18:00
events-bad-when = Não consegui entender essa data. Escreva assim: 2026-12-01 18:00 (uma data futura).
events-ask-zone = Em qual fuso horário? Envie o nome dele, por exemplo Europe/Berlin, America/Sao_Paulo ou Asia/Kolkata, ou toque em “Pular” para usar UTC.
events-bad-zone = Não conheço o fuso horário “{ $zone }”. Envie um nome como Europe/Berlin ou toque em “Pular” para usar UTC.
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = O horário { $when } não existe no fuso horário { $zone }: nesse momento os relógios são adiantados. Envie outra data e outro horário, por exemplo { $instead }.
events-time-twice = O horário { $when } acontece duas vezes no fuso horário { $zone }: nesse momento os relógios são atrasados. Envie de novo com a diferença em relação ao UTC: { $first } para a primeira vez, { $second } para a segunda.
events-added = Pronto. O evento de { $when } ({ $zone }) está na lista para { $languages }, e os inscritos vão receber um lembrete um dia antes.
