# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = 通过这份简短的问卷，你可以直接向运动战略团队表达看法。你的回答以化名 ID 保存，绝不与你的账号关联。你可以返回上一题、跳过选答题，也可以随时发送 /cancel 停止。
# A question with its progress: step is the number of this question, total how many there are.
survey-step = 第 { $step } 题（共 { $total } 题）：{ $question }
survey-role = 你以什么方式参与维基媒体运动？
survey-role-editor = 我编辑维基媒体项目
survey-role-affiliate = 我活跃于附属组织或用户组
survey-role-organizer = 我组织活动或推广工作
survey-role-technical = 我参与技术工作
survey-role-reader = 我阅读、捐款或帮忙宣传
survey-role-new = 我刚接触维基媒体运动
survey-areas = 以下哪些主题领域对你最重要？可多选，选好后点“完成”。
    .title = 以下哪些主题领域对你最重要？
survey-areas-advocacy = 倡导
survey-areas-capacity = 能力建设
survey-areas-health = 社群健康
survey-areas-diversity = 多元化
survey-areas-partnerships = 合作伙伴关系
survey-areas-product = 产品与技术
survey-areas-resources = 资源分配
survey-areas-revenue = 收入来源
survey-areas-roles = 角色与职责
survey-involved = 到目前为止，你觉得自己在多大程度上参与了运动战略讨论？请从 1（完全没有）到 5（非常多）中选择。
    .title = 到目前为止，你觉得自己在多大程度上参与了运动战略讨论？（1 = 完全没有，5 = 非常多）
survey-ways = 你希望以什么方式参与讨论？可多选，选好后点“完成”。
    .title = 你希望以什么方式参与讨论？
survey-ways-salon = 参加线下战略沙龙
survey-ways-wiki = 在维基上讨论
survey-ways-chat = 在社交媒体或群聊中讨论
survey-ways-group = 在我的附属组织或团体内
survey-ways-survey = 通过这样的问卷
survey-host = 你的附属组织或团体想举办战略沙龙吗？
survey-youth = 有些战略沙龙是面向年轻人的。你想参加吗？
survey-change = 你认为运动中应该改变什么？请用自己的话回答。
survey-consent = 你的社群战略联络员可以就你的回答联系你吗？
survey-thanks = 谢谢！你的回答已保存。你可以随时发送 /survey 查看或修改。
survey-done-before = 你已经填写过这份问卷。你的回答：

    { $summary }

    要修改吗？
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = 修改我的回答
survey-keep-answers = 保持不变
survey-kept = 你的回答保持不变。谢谢！
survey-resume = 欢迎回来！我们从上次中断的地方继续吧。
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = 你未完成的 { $command } 已暂时搁置：等你在这里完成后，会从你上次中断的地方继续。
# The conversation set aside comes back; its current question follows this line.
flow-resumed = 回到你之前在做的事；你已经作答的内容都没有丢失。
flow-back = 返回
flow-skip = 跳过
flow-done = 完成
flow-yes = 是
flow-no = 否
flow-skipped = 已跳过
flow-choose-button = 请点其中一个按钮作答。
flow-choose-at-least-one = 请至少选择一项，然后点“完成”。
flow-too-long = 回答太长了，请不要超过 { $limit } 个字符。
flow-bad-date = 请填写一个已经过去的日期，例如 2026-11-28。
flow-bad-number = 请填写一个整数，例如 12。
flow-bad-link = 请发送以 https:// 开头的链接，或点“跳过”。
flow-empty = 请输入你的回答。
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = 第 { $step } 题（共 { $total } 题）：{ $question }

    你目前的回答：{ $answer }
flow-keep = 保留这个回答
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] 根据你的回答，少了一道题，现在共 { $total } 题。
        [1] 根据你的回答，多了一道题，现在共 { $total } 题。
       *[other] 根据你的回答，题目数量有变，现在共 { $total } 题。
    }

    第 { $step } 题（共 { $total } 题）：{ $question }
flow-not-current = 这个按钮属于另一道题。这是当前的题目。
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = 填写我的回答
