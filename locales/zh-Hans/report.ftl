# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = 只有联络员和管理员可以查看月度报告。
report-bad-month = “{ $month }”不是有效的月份。请按 2026-11 的格式填写。
report-table = 月度报告 { $month } · { $languages }
    新用户：{ $new }
    活跃用户：{ $active }
    常见问题已解答：{ $answered }；未解答：{ $unanswered }；“你是不是想问”：{ $suggested }
    问卷回答：{ $survey }
    已分享的讨论结果：{ $discussions }
    向真人提问：提出 { $opened } 个，已回答 { $replied } 个；首次回复用时中位数：{ $median }
    公告：{ $announcements }；消息投递：已发送 { $sent }，已跳过 { $skipped }，失败 { $failed }
report-duration = { $hours } 小时 { $minutes } 分钟
report-no-answer = 尚无回答
report-chart-title = { $month } · { $languages }
report-series-active_day = 每日活跃用户
report-series-faq_answered = 常见问题已解答
report-series-faq_unanswered = 常见问题未解答
report-series-tickets_opened = 向真人提问
report-series-survey_responses = 问卷回答
