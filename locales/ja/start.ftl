# The greeting and the main menu (/start).

start-greeting = こんにちは！ウィキメディア・ムーブメント戦略の参加案内ボットです。戦略についての話し合いに関する質問に答えたり、あなたの言語のリエゾンを紹介したり、戦略サロンの開き方や自分で話し合いを始める方法を説明したりします。下のメニューから選ぶか、質問をそのまま入力してください。
menu-faq = よくある質問
menu-liaison = 担当リエゾン
menu-salon = 戦略サロンを開く
menu-discuss = 話し合いを始める
menu-survey = アンケートに答える
menu-volunteer = リエゾンに志願する
menu-events = イベント
menu-subscribe = お知らせ
menu-language = 言語
menu-privacy = プライバシー
menu-help = ヘルプ
