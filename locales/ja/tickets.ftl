# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 担当者に質問する
ask-intro = 担当者への質問を書いてください。質問は{ $language }のリエゾン（いない場合は戦略チーム）に届き、このチャットで回答が届きます。
ask-question = どんなことを質問したいですか？
ask-contact = よければ、ほかの連絡方法も書き添えてください（例：メタウィキのユーザー名）。書かなければ、リエゾンにはあなたが誰かはわかりません。匿名のままにする場合は「スキップ」を押してください。
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = あなたの質問はチケット #{ $ticket } になりました。{ $to ->
        [liaison] { $language }のリエゾン
       *[team] 戦略チーム
    }が受け取り、このチャットで回答します。回答に返信すると、さらにメッセージを送れます。
ask-too-many = 回答待ちの質問がすでに{ $most }件あります。回答が届くまでお待ちいただくか、解決した質問を閉じてください。

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 チケット #{ $ticket } · { $language }
    { $question }

    このメッセージに返信するか、「回答」を押すか、/reply { $ticket } に続けて回答を書いてください。
ticket-new-contact = 🎫 チケット #{ $ticket } · { $language }
    { $question }

    質問者の連絡先：{ $contact }
    このメッセージに返信するか、「回答」を押すか、/reply { $ticket } に続けて回答を書いてください。
ticket-followup = 🎫 チケット #{ $ticket } · { $language } · 質問者からのメッセージ：
    { $text }
# What the member receives.
ticket-answer = 💬 あなたの質問 #{ $ticket } への回答：
    { $text }

    返事を書くには、このメッセージに返信するか、「返信」を押してください。
ticket-closed = あなたの質問 #{ $ticket } は終了しました。ありがとうございました！新しい質問は /ask で送れます。

ticket-button-answer = ✎ 回答
ticket-button-reply = ✎ 返信
ticket-button-claim = 担当する
ticket-button-close = 閉じる
ticket-button-solved = ✓ 解決済み
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = #{ $ticket } へのメッセージを書いてください：
ticket-sent = #{ $ticket } に送信しました。
ticket-gone = チケット #{ $ticket } は終了しているか、存在しません。
ticket-not-yours = チケット #{ $ticket } には書き込めません：別の言語のチケットです。
ticket-claimed = チケット #{ $ticket } を担当しました：質問者からの次のメッセージはあなたに届きます。
ticket-claimed-other = チケット #{ $ticket } は、すでに別のリエゾンが担当しています。
ticket-closed-done = チケット #{ $ticket } を終了しました。
reply-usage = /reply に続けて、チケット番号と回答を書いてください。例：/reply 12 ご質問ありがとうございます！

tickets-not-allowed = チケットを見られるのは、リエゾンと管理者だけです。
tickets-none = { $languages }の未解決の質問はありません。
tickets-list = { $languages }の未解決の質問（{ $count }件）：
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] あなたが担当
        [claimed] 担当者あり
       *[open] 未対応
    } · { $question }
