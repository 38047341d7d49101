# Upcoming events (/events) and reminders before them.

events-none = 目前没有即将举行的{ $language }活动。发送 /subscribe，有新活动时就能收到通知。
events-list = 即将举行的活动：

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when }（{ $zone }）
    { $link }
events-item-no-link = { $title } — { $when }（{ $zone }）
events-reminder = 提醒：{ $title }将于 { $when }（{ $zone }）开始。
    { $link }
events-reminder-no-link = 提醒：{ $title }将于 { $when }（{ $zone }）开始。
# The seed event from the campaign page.
event-next-phase-title = 社群讨论的下一阶段开始了
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = 活动叫什么名字？请用参与者的语言输入活动标题。
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = 只有联络员和管理员可以添加活动。发送 /events 查看即将举行的活动。
events-ask-when = 活动什么时候开始？请按以下格式输入当地日期和时间：2026-12-01 18:00
events-bad-when = 我无法识别这个日期。请按以下格式输入：2026-12-01 18:00（须为将来的日期）。
events-ask-zone = 这是哪个时区的时间？请发送时区名称，例如 Europe/Berlin、America/Sao_Paulo 或 Asia/Kolkata；或点“跳过”使用 UTC。
events-bad-zone = 我不认识时区“{ $zone }”。请发送类似 Europe/Berlin 的名称，或点“跳过”使用 UTC。
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = 时区“{ $zone }”中不存在 { $when } 这个时间：那时时钟会拨快。请发送其他日期和时间，例如 { $instead }。
events-time-twice = 时区“{ $zone }”中 { $when } 这个时间会出现两次：那时时钟会拨慢。请附上与 UTC 的时差重新发送：第一次为 { $first }，第二次为 { $second }。
events-added = 好的。该活动已列入{ $languages }的活动列表，时间为 { $when }（{ $zone }），订阅者将在活动前一天收到提醒。
