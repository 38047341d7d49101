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
cmd-liaison = 查找你所用语言的联络员
cmd-salon = 如何举办战略沙龙
cmd-discuss = 如何自己发起讨论
cmd-privacy = 我保存了你的哪些信息
cmd-forget = 删除我保存的你的所有信息
cmd-cancel = 停止正在进行的操作
