# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = 抱歉，我这边出了点问题。请再试一次，或发送 /help。
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = 抱歉，我现在无法保存任何内容。你之前告诉我的内容都没有丢失；请过几分钟再试。
error-too-long = 这条消息太长了，请不要超过 { $limit } 个字符。
error-flood = 你发消息太快了。请等 { $seconds } 秒后再试。
error-button-expired = 这个按钮已失效。发送 /start 获取新的菜单。
error-unsupported = 我只能读取文字消息和按钮。发送 /help 看看我能做什么。
error-private-only = 为保护你的隐私，{ $command } 只能在与我的私聊中使用。请打开私聊，在那里发送。
fallback = 抱歉，我没看懂。发送 /help 看看我能做什么。
unknown-command = 我不认识 { $command } 这个命令。发送 /help 看看我能做什么。
cancel-done = 已停止。现在没有正在进行的操作。
cancel-nothing = 没有可以取消的操作。
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = 打开私聊
