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
cmd-unanswered = よくある質問で答えられなかった質問（リエゾン・管理者向け）
cmd-ask = 担当者に質問する：リエゾンがここで回答します
cmd-reply = チケットに回答する（リエゾン・管理者向け）
cmd-tickets = 担当者への未解決の質問（リエゾン・管理者向け）
cmd-share = 話し合いの結果を共有する
cmd-discussions = 共有された話し合いの結果（リエゾン・管理者向け）
cmd-report = 月次レポート（リエゾン・管理者向け）
cmd-events = 今後のイベント
cmd-subscribe = あなたの言語のお知らせを受け取る
cmd-unsubscribe = お知らせの受け取りを停止
cmd-announce = お知らせを送信（リエゾン・管理者向け）
cmd-liaison = あなたの言語のリエゾンを探す
cmd-salon = 戦略サロンの開き方
cmd-discuss = 自分で話し合いを始める方法
cmd-privacy = 保存しているあなたの情報について
cmd-forget = 保存しているあなたの情報をすべて削除
cmd-cancel = 実行中の処理を中止
cmd-menu = メニューを表示
cmd-setup = サーバーの言語とお知らせチャンネル（管理者向け）
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = ヘルプ
cmdname-menu = メニュー
cmdname-faq = よくある質問
cmdname-survey = アンケート
cmdname-volunteer = 志願
cmdname-liaison = リエゾン
cmdname-salon = サロン
cmdname-discuss = 話し合い
cmdname-language = 言語
cmdname-privacy = プライバシー
cmdname-forget = データ削除
cmdname-results = 結果
cmdname-unanswered = 未回答
cmdname-cancel = キャンセル
cmdname-setup = 設定
cmdname-ask = 質問する
cmdname-reply = 回答する
cmdname-tickets = チケット
cmdname-share = 結果共有
cmdname-discussions = 話し合いの結果
cmdname-report = 月次レポート
cmdname-events = イベント
cmdname-subscribe = お知らせ登録
cmdname-unsubscribe = お知らせ解除
cmdname-announce = お知らせ送信
# Descriptions of command options.
param-question = 質問をあなたの言葉で自由に入力
param-code = 言語コード（例：de、ar、pt-BR）
param-server-language = このサーバーでボットが使う言語
param-channel = ボットがお知らせを投稿するチャンネル
param-ticket = チケット番号
param-answer = あなたの回答
param-month = 月（例：2026-11）
