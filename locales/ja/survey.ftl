# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = この短いアンケートでは、ムーブメント戦略チームにあなたの考えを直接伝えられます。回答はアカウントとは結び付けず、仮名IDで保存します。前の質問に戻ったり、任意の質問を飛ばしたり、/cancel でいつでも中止したりできます。
# A question with its progress: step is the number of this question, total how many there are.
survey-step = 質問{ $step }（全{ $total }問）：{ $question }
survey-role = ウィキメディア・ムーブメントにはどのように関わっていますか？
survey-role-editor = ウィキメディアのプロジェクトを編集している
survey-role-affiliate = 提携団体やユーザーグループで活動している
survey-role-organizer = イベントや普及活動を企画している
survey-role-technical = 技術面で貢献している
survey-role-reader = 閲覧・寄付・広報で応援している
survey-role-new = ムーブメントに加わったばかり
survey-areas = 次のテーマ領域のうち、あなたにとって特に大切なものはどれですか？いくつでも選んで、「完了」を押してください。
    .title = 次のテーマ領域のうち、あなたにとって特に大切なものはどれですか？
survey-areas-advocacy = アドボカシー
survey-areas-capacity = 能力開発
survey-areas-health = コミュニティの健全性
survey-areas-diversity = 多様性
survey-areas-partnerships = パートナーシップ
survey-areas-product = 製品と技術
survey-areas-resources = 資源の配分
survey-areas-revenue = 収入源
survey-areas-roles = 役割と責任
survey-involved = これまでのムーブメント戦略の話し合いに、どのくらい関われていると感じますか？1（まったく関われていない）から5（とても関われている）で選んでください。
    .title = これまでのムーブメント戦略の話し合いに、どのくらい関われていると感じますか？（1＝まったく関われていない、5＝とても関われている）
survey-ways = 話し合いにはどのような形で参加したいですか？当てはまるものをすべて選んで、「完了」を押してください。
    .title = 話し合いにはどのような形で参加したいですか？
survey-ways-salon = 対面の戦略サロンで
survey-ways-wiki = ウィキ上の話し合いで
survey-ways-chat = ソーシャルメディアやチャットで
survey-ways-group = 所属する提携団体やグループ内で
survey-ways-survey = このようなアンケートで
survey-host = あなたの提携団体やグループで、戦略サロンを開催してみたいですか？
survey-youth = 戦略サロンの中には若者向けのものもあります。参加してみたいですか？
survey-change = ムーブメントで何を変えるべきだと思いますか？あなたの言葉で自由に書いてください。
survey-consent = 回答について、コミュニティ戦略リエゾンからあなたに連絡してもよいですか？
survey-thanks = ありがとうございました！回答を保存しました。/survey でいつでも回答を確認・変更できます。
survey-done-before = このアンケートにはすでに回答済みです。あなたの回答：

    { $summary }

    回答を変更しますか？
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = 回答を変更する
survey-keep-answers = このままにする
survey-kept = 回答はそのままにしました。ありがとうございました！
survey-resume = おかえりなさい！前回の続きから始めましょう。
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = 途中の { $command } はいったん保留にしました。ここでの操作が終わったら、中断したところから再開します。
# The conversation set aside comes back; its current question follows this line.
flow-resumed = 前にしていたことに戻ります。これまでの回答は失われていません。
flow-back = 戻る
flow-skip = スキップ
flow-done = 完了
flow-yes = はい
flow-no = いいえ
flow-skipped = 未回答
flow-choose-button = ボタンのいずれかで答えてください。
flow-choose-at-least-one = 少なくとも1つ選んでから、「完了」を押してください。
flow-too-long = 回答が長すぎます。{ $limit }文字以内で入力してください。
flow-bad-date = 今日までの日付を、2026-11-28 のように書いてください。
flow-bad-number = 整数で書いてください（例：12）。
flow-bad-link = https:// で始まるリンクを送るか、「スキップ」を押してください。
flow-empty = 回答を入力してください。
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = 質問{ $step }（全{ $total }問）：{ $question }

    これまでの回答：{ $answer }
flow-keep = この回答のままにする
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] この回答により、質問が1問減りました。現在は全{ $total }問です。
        [1] この回答により、質問が1問増えました。現在は全{ $total }問です。
       *[other] この回答により、質問の数が変わりました。現在は全{ $total }問です。
    }

    質問{ $step }（全{ $total }問）：{ $question }
flow-not-current = そのボタンは別の質問のものです。現在の質問はこちらです。
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = 回答を入力する
