# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = 只有联络员和管理员可以发送公告。
announce-ask-language = 这条公告要发给哪种语言的订阅者？
announce-all = 我的所有语言
announce-ask-text = 请输入公告内容，不超过 { $limit } 个字符。
announce-ask-link = 要添加链接吗？请发送链接（以 https:// 开头），或点“跳过”。
announce-bad-link = 这不是以 https:// 开头的链接。请发送链接，或点“跳过”。
announce-preview = 预览：

    { $text }

    这条公告将送达 { $people } 人和 { $channels } 个频道或群组（Telegram { $telegram }，Discord { $discord }）。现在发送吗？
announce-send = 立即发送
announce-cancel = 取消
announce-queued = 你的公告正在发送给 { $count } 个接收方。
announce-cancelled = 公告未发送。
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = 来自运动战略团队的公告：

    { $text }
    { $link }
