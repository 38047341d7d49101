# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = 月次レポートを見られるのは、リエゾンと管理者だけです。
report-bad-month = 「{ $month }」は月として読み取れません。2026-11 のように書いてください。
report-table = 月次レポート { $month } · { $languages }
    新しい利用者：{ $new }人
    アクティブな利用者：{ $active }人
    よくある質問：回答できた質問 { $answered }件、回答できなかった質問 { $unanswered }件、「もしかして」の候補を示した質問 { $suggested }件
    アンケート回答：{ $survey }件
    共有された話し合いの結果：{ $discussions }件
    担当者への質問：受付 { $opened }件、回答 { $replied }件、最初の回答までの時間（中央値）：{ $median }
    お知らせ：{ $announcements }件、配信メッセージ：送信 { $sent }件、スキップ { $skipped }件、失敗 { $failed }件
report-duration = { $hours }時間{ $minutes }分
report-no-answer = 回答なし
report-chart-title = { $month } · { $languages }
report-series-active_day = 日別のアクティブな利用者数
report-series-faq_answered = よくある質問：回答できた質問
report-series-faq_unanswered = よくある質問：回答できなかった質問
report-series-tickets_opened = 担当者への質問
report-series-survey_responses = アンケート回答
