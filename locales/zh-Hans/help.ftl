# The command list (/help) and the short description of each command.

help-text = 我可以做这些事：

    { $commands }

    在私聊中，你也可以直接输入问题。
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = 开始并显示菜单
cmd-help = 我能做什么
cmd-language = 选择语言
cmd-faq = 常见问题
cmd-survey = 填写问卷
cmd-volunteer = 自愿担任本团体的联络员
cmd-results = 问卷结果（限联络员和管理员）
cmd-unanswered = 常见问题未能解答的问题（限联络员和管理员）
cmd-ask = 向真人提问：联络员会在这里回复你
cmd-reply = 回答工单（限联络员和管理员）
cmd-tickets = 待处理的真人提问（限联络员和管理员）
cmd-share = 分享你的讨论结果
cmd-discussions = 已分享的讨论结果（限联络员和管理员）
cmd-report = 月度报告（限联络员和管理员）
cmd-events = 即将举行的活动
cmd-subscribe = 接收你所用语言的公告
cmd-unsubscribe = 停止接收公告
cmd-announce = 发送公告（限联络员和管理员）
cmd-liaison = 查找你所用语言的联络员
cmd-salon = 如何举办战略沙龙
cmd-discuss = 如何自己发起讨论
cmd-privacy = 我保存了你的哪些信息
cmd-forget = 删除我保存的你的所有信息
cmd-cancel = 停止正在进行的操作
cmd-menu = 显示菜单
cmd-setup = 服务器语言和公告频道（限管理员）
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = 帮助
cmdname-menu = 菜单
cmdname-faq = 常见问题
cmdname-survey = 问卷
cmdname-volunteer = 志愿
cmdname-liaison = 联络员
cmdname-salon = 沙龙
cmdname-discuss = 讨论
cmdname-language = 语言
cmdname-privacy = 隐私
cmdname-forget = 删除数据
cmdname-results = 结果
cmdname-unanswered = 未解答
cmdname-cancel = 取消
cmdname-setup = 设置
cmdname-ask = 提问
cmdname-reply = 回答
cmdname-tickets = 工单
cmdname-share = 分享结果
cmdname-discussions = 讨论结果
cmdname-report = 月度报告
cmdname-events = 活动
cmdname-subscribe = 订阅
cmdname-unsubscribe = 取消订阅
cmdname-announce = 发布公告
# Descriptions of command options.
param-question = 你的问题，用你自己的话说
param-code = 语言代码，例如 de、ar 或 pt-BR
param-server-language = 机器人在此服务器中使用的语言
param-channel = 机器人发布公告的频道
param-ticket = 工单编号
param-answer = 你的回答
param-month = 月份，例如 2026-11
