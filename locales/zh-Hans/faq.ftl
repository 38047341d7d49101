# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = 我可以解答以下话题。请选择一个，或用自己的话输入问题。
faq-no-match = 我没找到这个问题的答案。以下是我了解的话题。其他问题可以找你的联络员帮忙：发送 /liaison。
faq-more = 其他问题

faq-salon-what-title = 什么是战略沙龙？
faq-salon-what-answer = 战略沙龙（Strategy Salon）是由获认可的维基媒体附属组织举办的线下聚会，用来讨论运动战略。附属组织的负责人会召集当地各类成员，围绕大家感兴趣的一两个战略主题深入讨论。只有获认可的附属组织才能举办；发送 /salon 了解具体做法。
faq-salon-what-keywords = 沙龙, 战略沙龙, salon, 聚会, 见面会, 线下, 面对面, 面基, 当面, 聚一聚, 举办, 主办, 办活动, 组织活动, 附属组织, 分会, 地方分会, 用户组, meetup

faq-salon-grants-title = 战略沙龙发放了多少资助？
faq-salon-grants-answer = 大家兴趣浓厚，很多附属组织提交了申请：战略沙龙共有 44 项资助获批，其中 12 项用于青年活动。
faq-salon-grants-keywords = 资助, 赞助, 拨款, 经费, 资金, 补助, 预算, 获批, 批准, 申请, 多少, 几个, 几项, 数量, 青年, 年轻人, 青少年, 44, 12, grant

faq-csl-title = 社群战略联络员是谁？
faq-csl-answer = 社群战略联络员是专门聘请的人员，负责在维基上和社交媒体渠道中带领七个语言社群的战略讨论：普通话、印地语、阿拉伯语、德语、葡萄牙语、法语和西班牙语。发送 /liaison 查找你所用语言的联络员。
faq-csl-keywords = 联络员, 联络人, 社群战略, csl, liaison, 受聘, 聘请, 雇用, 工作人员, 员工, 协调员, 协调人, 主持人, 普通话, 中文, 汉语, 印地语, 阿拉伯语, 德语, 葡萄牙语, 法语, 西班牙语, 七种语言, 哪些语言, 我的语言

faq-osl-title = 什么是组织战略联络员？
faq-osl-answer = 组织战略联络员是志愿者，负责在有组织的团体（例如附属组织和运动中的其他团体）内部带领战略讨论。请查看名单，看看你的团体是否已经有了：{ $link }
faq-osl-keywords = 组织战略, 组织联络员, osl, 志愿联络员, 有组织的团体, 团体, 团体内部, 我们的团体, 我们组织, 我的团体, 所属团体, 机构, 名单, 联络员名单, 列表, 清单

faq-volunteer-title = 怎样自愿担任本团体的联络员？
faq-volunteer-answer = 如果你所在的有组织团体还没有组织战略联络员，你可以自愿担任。请先查看名单，确认你的团体还没有，然后在这里报名：{ $link }
faq-volunteer-keywords = 志愿, 自愿, 志愿者, 义工, 报名, 注册, 登记, 担任, 成为, 想当, 我来当, 自荐, 毛遂自荐, 提名, 推荐, 代表, 出一份力, volunteer

faq-join-title = 如何加入正在进行的讨论？
faq-join-answer = 讨论在有组织的团体和语言社群中进行，使用多种语言。请了解你的团体或语言社群常用哪些渠道；联络员会在维基上和社交媒体中带领这些讨论。发送 /liaison 找到你的联络员。
faq-join-keywords = 加入, 参加, 参与, 现有讨论, 正在进行, 进行中, 在哪里, 哪里讨论, 渠道, 群聊, 微信群, qq群, 社交媒体, 微博, 维基上, 讨论页, 互助客栈, 一起讨论

faq-start-title = 如何自己发起讨论？
faq-start-answer = 如果在你关心的话题上，或在你最常用的渠道里，还没有人发起讨论，那就自己来吧：以社群对话工具包为指南，把范围界定文件翻译成你的语言，并把结果分享给社群关系专员或社群战略联络员。发送 /discuss 获取链接。
faq-start-keywords = 发起, 自己发起, 自己开, 自己组织, 自行, 开始讨论, 开启讨论, 新讨论, 新话题, 开帖, 开个帖, 组织讨论, 主持讨论, 带领讨论, 牵头, 召集, 启动

faq-toolkit-title = 什么是社群对话工具包？
faq-toolkit-answer = 社群对话工具包（Community Conversations Toolkit）是一份指南，供想在自己社群中发起战略讨论的人使用，介绍如何准备、开展和汇报讨论。在这里查看：{ $link }
faq-toolkit-keywords = 工具包, 工具, toolkit, 指南, 指引, 手册, 教程, 攻略, 怎么开展, 材料, 资料, 资源, 模板, 范本, 社群对话

faq-translate-title = 如何翻译范围界定文件？
faq-translate-answer = 范围界定文件介绍了战略讨论的各个主题。把它们翻译成你的语言，能帮助你的社群参与进来。文件及翻译方法：{ $link }
faq-translate-keywords = 翻译, 译成, 译者, 译文, 翻成, 中文版, 中文翻译, 汉化, 本地化, 范围界定, 界定文件, scoping, 文件, 文档, 语言版本, 转成中文, translate

faq-starters-title = 什么是“对话引子”？
faq-starters-answer = “对话引子：驱动因素”（Conversation Starters: Drivers）是一份以演示文稿形式制作的讨论指南，提供了帮助社群思考战略的新方法。其中部分幻灯片在另一个页面上有讲解。指南：{ $link }
faq-starters-keywords = 对话引子, 引子, 开场, 话题引导, starters, 驱动因素, 驱动, drivers, 演示文稿, 幻灯片, ppt, 课件, 讨论指南, 破冰, 提示问题, 启发

faq-survey-title = 如何通过问卷提交反馈？
faq-survey-answer = 通过问卷，你可以直接向战略团队反馈意见。在这里填写：{ $link }
faq-survey-keywords = 问卷, 调查, 调研, 问卷调查, survey, 反馈, 意见, 建议, 看法, 投票, 表单, 填写, 填表, 提意见, 说说想法, 吐槽, feedback

faq-phase-title = 下一阶段什么时候开始？
faq-phase-answer = 下一阶段的社群讨论将于 1 月开始。
faq-phase-keywords = 下一阶段, 阶段, 下一步, 下一轮, 轮次, 时间表, 日程, 时间线, 什么时候, 何时, 几时, 一月, 1月, 开始时间, 截止, 日期, 日历, 接下来

faq-reports-title = 在哪里可以看活动报告和月度报告？
faq-reports-answer = 2019 年 6 月至 9 月社群活动的报告，以及月度报告，都汇总在“参与”页面上：{ $link }
faq-reports-keywords = 报告, 月报, 月度, 每月, 活动报告, 总结, 汇总, 成果, 结果, 纪要, 会议记录, 六月, 九月, 6月, 9月, 2019, 发生了什么, 进展

faq-support-title = 谁能帮助我，或听取我们的讨论结果？
faq-support-answer = 社群关系专员和社群战略联络员为组织讨论的人提供支持，并收集讨论结果。你可以把结果分享给他们，或向他们求助。发送 /liaison 找到你的联系人。
faq-support-keywords = 帮助, 帮忙, 求助, 支持, 联系, 联系人, 联系方式, 邮件, 邮箱, 找谁, 问谁, 专员, 社群关系, 关系专员, 分享结果, 提交结果, 讨论结果, 汇报

faq-faqpage-title = 关于社群讨论的完整常见问题在哪里？
faq-faqpage-answer = 常见问题页面有一个专门的章节，解答关于社群讨论的各种问题：{ $link }
faq-faqpage-keywords = faq, 常见问题, 常问问题, 问答, 完整, 全部问题, 更多问题, 其他问题, 问题页面, 答疑, 文档, 更多信息, 详细信息, 了解更多, 全部答案
