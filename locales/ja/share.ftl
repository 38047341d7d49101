# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 話し合いの結果を共有する
share-intro = 話し合いを開いていただき、ありがとうございます！その話し合いについて、質問を1つずつお聞きします。送信する前に、内容をすべて確認できます。話し合いの言語のリエゾンには概要が届きます。
share-group = 話し合いを開いたのはどなたですか？グループやコミュニティの名前を教えてください。
share-language = 話し合いは何語で行われましたか？
share-date = 話し合いはいつ行われましたか？日付を 2026-11-28 のように書いてください。
share-participants = 何人が参加しましたか？
share-themes = どのテーマ領域を取り上げましたか？当てはまるものをいくつでも選んで、「完了」を押してください。
share-themes-advocacy = アドボカシー
share-themes-capacity = 能力開発
share-themes-health = コミュニティの健全性
share-themes-diversity = 多様性
share-themes-partnerships = パートナーシップ
share-themes-product = 製品と技術
share-themes-resources = 資源の配分
share-themes-revenue = 収入源
share-themes-roles = 役割と責任
share-conclusions = 主な結論は何でしたか？（3,000文字以内）
share-link = ウィキ上に記録があれば、そのリンク（https:// で始まるもの）を送ってください。なければ「スキップ」を押してください。
share-preview = 送信する前に確認してください：
    グループ：{ $group }
    言語：{ $language }
    日付：{ $date }
    参加人数：{ $participants }
    テーマ：{ $themes }
    結論：{ $conclusions }
    記録：{ $link }
share-submit = 送信する
share-thanks = ありがとうございます！結果を話し合い #{ $number } として保存し、その言語のリエゾンに概要を届けました。
share-notify = 📝 話し合いの結果 #{ $number } · { $language }
    { $group }、{ $date }、{ $participants }人
    { $summary }

discussions-not-allowed = 共有された話し合いの結果を見られるのは、リエゾンと管理者だけです。
discussions-none = { $languages }の話し合いの結果は、まだ共有されていません。
discussions-list = 共有された{ $languages }の話し合いの結果（最新{ $count }件）：

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants }人
    { $themes }
    { $summary }
    { $link }
