# The greeting and the main menu (/start).

start-greeting = 你好！我是维基媒体运动战略的“参与”机器人。我可以解答关于战略讨论的问题，帮你找到你所用语言的联络员，并介绍如何举办战略沙龙或自己发起讨论。请在下面选择，或直接输入你的问题。
menu-faq = 常见问题
menu-liaison = 我的联络员
menu-salon = 举办战略沙龙
menu-discuss = 发起讨论
menu-survey = 填写问卷
menu-volunteer = 自愿担任联络员
menu-events = 活动
menu-subscribe = 公告
menu-language = 语言
menu-privacy = 隐私
menu-help = 帮助
