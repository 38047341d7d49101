# The command list (/help) and the short description of each command.

help-text = できることは次のとおりです：

    { $commands }

    個別チャットでは、質問をそのまま入力することもできます。
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = 開始してメニューを表示
cmd-help = できること
cmd-language = 言語を選ぶ
cmd-faq = よくある質問
cmd-survey = アンケートに答える
cmd-volunteer = グループのリエゾンに志願する
cmd-results = アンケート結果（リエゾン・管理者向け）
cmd-liaison = あなたの言語のリエゾンを探す
cmd-salon = 戦略サロンの開き方
cmd-discuss = 自分で話し合いを始める方法
cmd-privacy = 保存しているあなたの情報について
cmd-forget = 保存しているあなたの情報をすべて削除
cmd-cancel = 実行中の処理を中止
