# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = 我可以解答以下话题。请选择一个，或用自己的话输入问题。
faq-no-match = 我没找到这个问题的答案。以下是我了解的话题。其他问题可以找你的联络员帮忙：发送 /liaison。
faq-more = 其他问题
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = 我不确定你指的是以下哪个话题。请选择一个，或换个说法再问一次。
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 有帮助
faq-unhelpful = 👎 没帮助
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = 只有联络员和管理员可以查看大家提出的问题。
unanswered-none = 过去 30 天里，{ $languages }的提问中没有我答不上来的，也没有回答被点 👎 的。
unanswered-list = 过去 30 天里{ $languages }的提问中，我答不上来或回答被点 👎 的问题（最近 { $count } 条）：
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language }：{ $question }
unanswered-line-unhelpful = • { $language }：{ $question }（对“{ $topic }”点了 👎）

faq-salon-what-title = 什么是战略沙龙？
faq-salon-what-answer = 战略沙龙（Strategy Salon）是由获认可的维基媒体附属组织举办的线下聚会，用来讨论运动战略。附属组织的负责人会召集当地各类成员，围绕大家感兴趣的一两个战略主题深入讨论。只有获认可的附属组织才能举办；发送 /salon 了解具体做法。
faq-salon-what-keywords = 沙龙, 战略沙龙, salon, 聚会, 见面会, 线下, 面对面, 面基, 当面, 聚一聚, 举办, 主办, 办活动, 组织活动, 附属组织, meetup, 策略沙龙, 沙龙是什么, 什么是沙龙, 线下活动, 线下聚会, 沙龙是, 叫沙龙, 啥是沙龙, 沙龙活动, 讨论会, 沙龍, 研讨会, 座谈会, 交流会

faq-salon-grants-title = 战略沙龙发放了多少资助？
faq-salon-grants-answer = 大家兴趣浓厚，很多附属组织提交了申请：战略沙龙共有 44 项资助获批，其中 12 项用于青年活动。
faq-salon-grants-keywords = 资助, 赞助, 拨款, 经费, 资金, 补助, 预算, 获批, 批准, 申请, 多少, 几个, 几项, 数量, 青年, 年轻人, 青少年, 44, 12, grant, 多少个, 多少项, 几家, 拿到, 获得资助, 资助名额, 发放, 批了, 钱, 资助金, 资金支持, 获得资金, 几场, 多少场, 通过了多少

faq-csl-title = 社群战略联络员是谁？
faq-csl-answer = 社群战略联络员是专门聘请的人员，负责在维基上和社交媒体渠道中带领七个语言社群的战略讨论：普通话、印地语、阿拉伯语、德语、葡萄牙语、法语和西班牙语。发送 /liaison 查找你所用语言的联络员。
faq-csl-keywords = 联络员, 联络人, 社群战略, csl, liaison, 受聘, 聘请, 雇用, 工作人员, 员工, 协调员, 协调人, 普通话, 中文, 汉语, 印地语, 阿拉伯语, 德语, 葡萄牙语, 法语, 西班牙语, 七种语言, 哪些语言, 我的语言, 社群策略, 社群战略联络员, csl是, 哪几种语言, 哪种语言, 社区战略, 社区联络员, liaison是, 社交媒体上带领, 维基上带领, 社群联络人, 社区联络人

faq-osl-title = 什么是组织战略联络员？
faq-osl-answer = 组织战略联络员是志愿者，负责在有组织的团体（例如附属组织和运动中的其他团体）内部带领战略讨论。请查看名单，看看你的团体是否已经有了：{ $link }
faq-osl-keywords = 组织战略, 组织联络员, osl, 有组织的团体, 团体, 团体内部, 我们的团体, 我的团体, 所属团体, 机构, 名单, 联络员名单, 组织战略联络员, 组织策略, osl是, 分会, 地方分会, 用户组, 附属组织内部, 内部, 带领战略讨论, 负责带领, 角色, 干嘛的, 是osl, 的osl, 团体里, 组织里, 谁负责战略, 附属组织的联络员, 组织的联络员, 附属组织, 组织联络人, 团体的联络员, 有没有联络员, 是否有联络员, 已经有

faq-volunteer-title = 怎样自愿担任本团体的联络员？
faq-volunteer-answer = 如果你所在的有组织团体还没有组织战略联络员，你可以自愿担任。请先查看名单，确认你的团体还没有，然后在这里报名：{ $link }
faq-volunteer-keywords = 志愿, 自愿, 志愿者, 义工, 报名, 注册, 登记, 担任, 成为, 想当, 我来当, 自荐, 提名, 出一份力, volunteer, 当联络员, 做联络员, 还没有联络员, 没有联络员, 自告奋勇, 志愿联络员, 申请当, 当志愿, 成为联络员, 愿意, 我愿意, 我来做, 当osl, 做osl, 怎样担任, 如何担任, 成为我们, 怎么成为, 如何成为, 申请成为, 申请担任, 我想当, 愿意做, 能当, 可以当

faq-join-title = 如何加入正在进行的讨论？
faq-join-answer = 讨论在有组织的团体和语言社群中进行，使用多种语言。请了解你的团体或语言社群常用哪些渠道；联络员会在维基上和社交媒体中带领这些讨论。发送 /liaison 找到你的联络员。
faq-join-keywords = 加入, 参加, 参与, 现有讨论, 正在进行, 进行中, 哪里讨论, 渠道, 群聊, 微信群, qq群, 社交媒体, 微博, 维基上, 讨论页, 互助客栈, 一起讨论, 参与现在, 现在的讨论, 参与讨论, 平台, 什么平台, 在哪讨论, 哪里进行, 在哪里参加, 去哪里讨论, 加入对话, 参与对话, 参与进来, 去哪参与, 讨论区, 论坛, 脸书, 推特, 邮件列表, telegram, facebook

faq-start-title = 如何自己发起讨论？
faq-start-answer = 如果在你关心的话题上，或在你最常用的渠道里，还没有人发起讨论，那就自己来吧：以社群对话工具包为指南，把范围界定文件翻译成你的语言，并把结果分享给社群关系专员或社群战略联络员。发送 /discuss 获取链接。
faq-start-keywords = 发起, 自己发起, 自己开, 自己组织, 自行, 开始讨论, 开启讨论, 新讨论, 新话题, 开帖, 开个帖, 组织讨论, 带领讨论, 牵头, 召集, 启动, 从哪开始, 从何开始, 怎么开始, 如何开始, 组织战略讨论, 想组织, 自己办, 自己搞, 带头, 开一个, 开个讨论, 开讨论, 自己开始, 这里没有讨论, 没有讨论, 没人讨论, 没人发起, 办讨论, 发起对话, 开启对话, 组织一次

faq-toolkit-title = 什么是社群对话工具包？
faq-toolkit-answer = 社群对话工具包（Community Conversations Toolkit）是一份指南，供想在自己社群中发起战略讨论的人使用，介绍如何准备、开展和汇报讨论。在这里查看：{ $link }
faq-toolkit-keywords = 工具包, 工具, toolkit, 指南, 指引, 手册, 教程, 攻略, 怎么开展, 材料, 资料, 资源, 模板, 范本, 社群对话, 的指南, 指导, 讨论模板, 的模板, 范例, 样板, 社区对话, 主持讨论, 主持, 的手册, 开展讨论, 准备讨论, 怎么准备, 如何准备, 工具箱, 操作指南, 使用说明, 怎么主持, 步骤

faq-translate-title = 如何翻译范围界定文件？
faq-translate-answer = 范围界定文件介绍了战略讨论的各个主题。把它们翻译成你的语言，能帮助你的社群参与进来。文件及翻译方法：{ $link }
faq-translate-keywords = 翻译, 译者, 译文, 翻成, 中文版, 中文翻译, 汉化, 本地化, 范围界定, 界定文件, scoping, 文件, 文档, 语言版本, 转成中文, translate, 译成中文, 翻译成中文, 翻成中文, 范围文件, 界定文档, 译为, 翻译工作, 多语言

faq-starters-title = 什么是“对话引子”？
faq-starters-answer = “对话引子：驱动因素”（Conversation Starters: Drivers）是一份以演示文稿形式制作的讨论指南，提供了帮助社群思考战略的新方法。其中部分幻灯片在另一个页面上有讲解。指南：{ $link }
faq-starters-keywords = 对话引子, 引子, 开场, 话题引导, starters, 驱动因素, 驱动, drivers, 演示文稿, 幻灯片, ppt, 课件, 讨论指南, 破冰, 提示问题, 启发, 开场材料, 开场白, 对话开场, 开场问题, 的ppt, 用ppt, 份ppt, 个ppt, 引导材料, 引导问题, 引导, 讨论问题, 对话启动, 开场话题, 讨论素材, 话题卡, slides

faq-survey-title = 如何通过问卷提交反馈？
faq-survey-answer = 通过问卷，你可以直接向战略团队反馈意见。发送 /survey 即可在聊天中直接填写，也可以在网页上打开：{ $link }
faq-survey-keywords = 问卷, 调查, 调研, 问卷调查, survey, 反馈, 意见, 建议, 看法, 投票, 表单, 填写, 填表, 提意见, 说说想法, 吐槽, feedback, 表达, 发表意见, 我的看法, 说出想法, 提反馈, 提建议, 意见调查, 打分, 评价, 提交意见, 填调查

faq-phase-title = 下一阶段什么时候开始？
faq-phase-answer = 下一阶段的社群讨论将于 1 月开始。
faq-phase-keywords = 下一阶段, 阶段, 下一步, 下一轮, 轮次, 时间表, 日程, 时间线, 什么时候, 何时, 几时, 一月, 1月, 开始时间, 截止, 日期, 日历, 接下来, 一月份, 1月份, 明年, 什么时候开始, 下阶段, 下一个阶段, 新一轮, 重新开始, 几月, 下一期

faq-reports-title = 在哪里可以看活动报告和月度报告？
faq-reports-answer = 2019 年 6 月至 9 月社群活动的报告，以及月度报告，都汇总在“参与”页面上：{ $link }
faq-reports-keywords = 报告, 月报, 月度, 每月, 活动报告, 总结, 汇总, 纪要, 会议记录, 六月, 九月, 6月, 9月, 2019, 发生了什么, 进展, 活动总结, 月度报告, 看报告, 之前活动, 之前的活动, 以往, 过去的活动, 的报告, 月度总结, 报道, 活动纪要, 报告在哪

faq-support-title = 谁能帮助我，或听取我们的讨论结果？
faq-support-answer = 社群关系专员和社群战略联络员为组织讨论的人提供支持，并收集讨论结果。你可以把结果分享给他们，或向他们求助。发送 /liaison 找到你的联系人。
faq-support-keywords = 帮助, 帮忙, 求助, 支持, 联系, 联系人, 联系方式, 邮件, 邮箱, 找谁, 问谁, 专员, 社群关系, 关系专员, 分享结果, 提交结果, 讨论结果, 汇报, 帮我组织, 谁能帮, 发给谁, 交给谁, 给谁, 提交给, 结果, 成果, 收集, 谁来收集, 社区关系, 需要帮助, 讨论完了, 结果怎么, 支持我, 联系谁, 请教, 咨询, 协助

faq-faqpage-title = 关于社群讨论的完整常见问题在哪里？
faq-faqpage-answer = 常见问题页面有一个专门的章节，解答关于社群讨论的各种问题：{ $link }
faq-faqpage-keywords = faq, 常见问题, 常问问题, 问答, 完整, 全部问题, 更多问题, 其他问题, 问题页面, 答疑, 更多信息, 详细信息, 了解更多, 全部答案, faq页面, faq链接, faq在哪, 常见问题页面, 问答页面, 的faq, 是faq, 看faq, 我faq, 所有问题, 所有答案, 问题的答案, 常见问答, 问与答, 疑问解答, faq页
