# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = 感谢你自愿担任本团体的组织战略联络员！请先查看名单，看看你的团体是否已经有了：{ $list }
    接下来有三个简短的问题；随时可以发送 /cancel 停止。
volunteer-group = 你所在的有组织团体叫什么名字（例如你的附属组织或用户组）？
volunteer-language = 你的团体主要使用哪种语言交流？
volunteer-contact = 战略团队怎样联系你？例如你在元维基（Meta-Wiki）上的用户名，或电子邮件地址。
volunteer-confirm = 请核对你的报名信息：
    团体：{ $group }
    语言：{ $language }
    联系方式：{ $contact }
    要发送吗？
volunteer-send = 发送
volunteer-thanks = 谢谢！战略团队已收到你的报名，会与你联系。
# Sent to the bot's admins, each in their own language.
volunteer-notify = 新的组织战略联络员报名：
    团体：{ $group }
    语言：{ $language }
    联系方式：{ $contact }
    报名平台：{ $platform }
