# Upcoming events (/events) and reminders before them.

events-none = 目前没有即将举行的{ $language }活动。发送 /subscribe，有新活动时就能收到通知。
events-list = 即将举行的活动：

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when }（{ $zone }）
    { $link }
events-reminder = 提醒：{ $title }将于 { $when }（{ $zone }）开始。
    { $link }
# The seed event from the campaign page.
event-next-phase-title = 社群讨论的下一阶段开始了
