# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 向真人提问
ask-intro = 请写下你想问真人的问题。问题会发给{ $language }的联络员（如果没有联络员，则发给战略团队），他们会在这个聊天中回复你。
ask-question = 你想问什么？
ask-contact = 如果愿意，可以补充他们还能通过什么方式联系你（例如你在元维基上的用户名）。否则联络员不会知道你是谁。想保持匿名，请点“跳过”。
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = 你的问题已生成工单 #{ $ticket }。{ $to ->
        [liaison] { $language }的联络员已收到
       *[team] 战略团队已收到
    }，会在这里回复你。回复他们的答复即可继续补充。
ask-too-many = 你已有 { $most } 个问题在等待回复。请等待回复，或关闭已解决的问题。

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 工单 #{ $ticket } · { $language }
    { $question }

    回复这条消息、点“回答”，或发送 /reply { $ticket } 加上你的回答。
ticket-new-contact = 🎫 工单 #{ $ticket } · { $language }
    { $question }

    对方留下的联系方式：{ $contact }
    回复这条消息、点“回答”，或发送 /reply { $ticket } 加上你的回答。
ticket-followup = 🎫 工单 #{ $ticket } · { $language } · 提问者写道：
    { $text }
# What the member receives.
ticket-answer = 💬 你的问题 #{ $ticket } 的回答：
    { $text }

    回复这条消息或点“回复”即可回信。
ticket-closed = 你的问题 #{ $ticket } 已关闭。谢谢！如有新问题，请发送 /ask。

ticket-button-answer = ✎ 回答
ticket-button-reply = ✎ 回复
ticket-button-claim = 认领
ticket-button-close = 关闭
ticket-button-solved = ✓ 已解决
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = 请输入发给 #{ $ticket } 的消息：
ticket-sent = 已发送到 #{ $ticket }。
ticket-gone = 工单 #{ $ticket } 已关闭或不存在。
ticket-not-yours = 你不能在工单 #{ $ticket } 中回复：它属于另一种语言。
ticket-claimed = 你已认领工单 #{ $ticket }：提问者之后的消息会发给你。
ticket-claimed-other = 另一位联络员已认领工单 #{ $ticket }。
ticket-closed-done = 工单 #{ $ticket } 已关闭。
reply-usage = 请发送 /reply，加上工单编号和你的回答，例如：/reply 12 谢谢你的提问！

tickets-not-allowed = 只有联络员和管理员可以查看工单。
tickets-none = { $languages }目前没有待处理的问题。
tickets-list = { $languages }待处理的问题（{ $count } 个）：
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] 由你处理
        [claimed] 已被认领
       *[open] 待处理
    } · { $question }
