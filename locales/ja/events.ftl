# Upcoming events (/events) and reminders before them.

events-none = 現在、{ $language }の今後のイベントはありません。/subscribe を送ると、新しいイベントのお知らせを受け取れます。
events-list = 今後のイベント：

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when }（{ $zone }）
    { $link }
events-reminder = リマインダー：「{ $title }」は{ $when }（{ $zone }）に始まります。
    { $link }
# The seed event from the campaign page.
event-next-phase-title = コミュニティでの話し合いの次のフェーズが始まります
