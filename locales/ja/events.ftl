# Upcoming events (/events) and reminders before them.

events-none = 現在、{ $language }の今後のイベントはありません。/subscribe を送ると、新しいイベントのお知らせを受け取れます。
events-list = 今後のイベント：

    { $events }
# One event of the list: $when is its date and time, already formatted; $zone its time zone.
events-item = { $title } — { $when }（{ $zone }）
    { $link }
events-item-no-link = { $title } — { $when }（{ $zone }）
events-reminder = リマインダー：「{ $title }」は{ $when }（{ $zone }）に始まります。
    { $link }
events-reminder-no-link = リマインダー：「{ $title }」は{ $when }（{ $zone }）に始まります。
# The seed event from the campaign page.
event-next-phase-title = コミュニティでの話し合いの次のフェーズが始まります
# Adding an event in chat (/events add), for liaisons and admins.
events-ask-title = イベントの名前は何ですか？参加者の言語でタイトルを書いてください。
# /events add by someone who is neither a liaison nor an admin.
events-not-allowed = イベントを追加できるのは、リエゾンと管理者だけです。今後のイベントを見るには /events を送ってください。
events-ask-when = 開始はいつですか？現地の日付と時刻を次のように書いてください：2026-12-01 18:00
events-bad-when = その日付は読み取れませんでした。次のように書いてください：2026-12-01 18:00（これから先の日付）。
events-ask-zone = どのタイムゾーンの時刻ですか？タイムゾーン名（例：Europe/Berlin、America/Sao_Paulo、Asia/Kolkata）を送ってください。UTC でよければ「スキップ」を押してください。
events-bad-zone = タイムゾーン「{ $zone }」は分かりません。Europe/Berlin のような名前を送るか、UTC でよければ「スキップ」を押してください。
# A local time the time zone skips (clocks go forward) or has twice (clocks go back); the author
# is asked for the time again. $when, $instead, $first and $second are like 2026-10-25 02:30.
events-time-skipped = タイムゾーン { $zone } では時計が進められるため、{ $when } という時刻はありません。別の日付と時刻を送ってください（例：{ $instead }）。
events-time-twice = タイムゾーン { $zone } では時計が戻されるため、{ $when } という時刻が2回あります。UTC との時差を付けてもう一度送ってください。1回目なら { $first }、2回目なら { $second } です。
events-added = 追加しました。イベントは{ $when }（{ $zone }）の予定として{ $languages }の一覧に掲載され、登録者には前日にリマインダーが届きます。
