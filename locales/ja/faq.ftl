# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = お答えできるトピックは次のとおりです。1つ選ぶか、質問を自由に入力してください。
faq-no-match = その質問への答えは見つかりませんでした。私が知っているトピックは次のとおりです。それ以外のことは、担当リエゾンが力になってくれます：/liaison を送ってください。
faq-more = その他の質問
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = 次のうちどのトピックのことか、はっきりわかりませんでした。1つ選ぶか、別の言葉でもう一度質問してください。
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 役に立った
faq-unhelpful = 👎 役に立たなかった
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = 寄せられた質問を見られるのは、リエゾンと管理者だけです。
unanswered-none = 過去30日間に、{ $languages }の質問で、回答できなかったものや回答に👎が付いたものはありません。
unanswered-list = 過去30日間に寄せられた{ $languages }の質問のうち、回答できなかったもの、または回答に👎が付いたもの（最新{ $count }件）：
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language }：{ $question }
unanswered-line-unhelpful = • { $language }：{ $question }（「{ $topic }」に👎）

faq-salon-what-title = 戦略サロンとは？
faq-salon-what-answer = 戦略サロン（Strategy Salon）は、ウィキメディアの公認提携団体が主催し、ムーブメント戦略について話し合う対面の集まりです。団体のリーダーが地域に住むさまざまなメンバーを集め、関心のある1つか2つの戦略テーマについてじっくり話し合います。主催できるのは公認の提携団体だけです。開き方は /salon を送ってください。
faq-salon-what-keywords = サロン, さろん, 戦略サロン, salon, 集まり, 集い, 会合, 懇談会, ミートアップ, meetup, オフ会, 対面, 顔を合わせ, 直接会, 主催, 開催, 企画, 提携団体, サロンとは, サロンって, どんな集まり, オフライン, リアルで, 集会, 集まって, 集まる, 地域のメンバー, 話す会, 語る会

faq-salon-grants-title = 戦略サロンの助成金は何件出ましたか？
faq-salon-grants-answer = 関心は高く、多くの提携団体が応募しました。戦略サロンの助成金は合計44件が承認され、そのうち12件は若者向けのイベントです。
faq-salon-grants-keywords = 助成, 助成金, 補助金, グラント, grant, 資金, 予算, 費用, お金, 承認, 採択, 応募, 申請, 何件, 件数, 若者, ユース, 青少年, 若い, 44, 12, どれくらい, いくつ, 何団体, 団体数, もらえ, もらった, 受け取, 獲得, 支給, 交付, 資金援助, 資金提供, 財政支援, 若手

faq-csl-title = コミュニティ戦略リエゾンとは？
faq-csl-answer = コミュニティ戦略リエゾンは、7つの言語コミュニティ（標準中国語、ヒンディー語、アラビア語、ドイツ語、ポルトガル語、フランス語、スペイン語）で、ウィキ上やソーシャルメディアでの戦略の話し合いを進めるために採用された担当者です。あなたの言語の担当者は /liaison で探せます。
faq-csl-keywords = リエゾン, りえぞん, liaison, csl, コミュニティ戦略, 担当者, 窓口, 連絡係, 調整役, 進行役, スタッフ, 採用, 雇用, 中国語, 北京語, 普通話, ヒンディー, アラビア, ドイツ, ポルトガル, フランス, スペイン, 7言語, 七つの言語, どの言語, 私の言語, コミュニティ戦略リエゾン, cslとは, 言語別, 言語ごと, 雇われ, 職員, cslの

faq-osl-title = 組織戦略リエゾンとは？
faq-osl-answer = 組織戦略リエゾンは、提携団体などムーブメント内の組織化されたグループの中で、戦略の話し合いを進めるボランティアです。あなたのグループにすでにいるかどうか、一覧で確認してください：{ $link }
faq-osl-keywords = 組織戦略, 組織, 団体内, osl, 組織化, グループ内, 私のグループ, うちのグループ, 自分のグループ, 所属団体, 所属グループ, 会の中, ボランティアのリエゾン, リエゾン一覧, 一覧, リスト, 名簿, 組織戦略リエゾン, oslとは, oslって, 支部, チャプター, ユーザーグループ, 提携団体, 加盟団体, 団体の中, グループの中, 何をする人, 役割, 団体内で議論, グループ内で議論, oslの

faq-volunteer-title = 自分のグループのリエゾンに志願するには？
faq-volunteer-answer = あなたの組織化されたグループにまだ組織戦略リエゾンがいなければ、ボランティアとして名乗り出ることができます。まず一覧でグループにすでにいるかどうかを確認し、こちらから登録してください：{ $link }
faq-volunteer-keywords = ボランティア, volunteer, 志願, 立候補, 名乗り出, なりたい, やりたい, 引き受け, 登録, サインアップ, sign up, 申し込, 代表, 担当したい, 推薦, やってもいい, なってもいい, 私がや, 私がな, 自分がや, 務め, 手を挙げ, まだいない, いないので, いなければ, リエゾンにな, 担当にな, になるには, なるには, なれる, リエゾンをや

faq-join-title = 今行われている話し合いに参加するには？
faq-join-answer = 話し合いは、組織化されたグループや言語コミュニティの中で、さまざまな言語で行われています。あなたのグループや言語コミュニティがよく使うチャンネルを調べてみてください。リエゾンがウィキ上やソーシャルメディアでこうした話し合いを進めています。/liaison を送ると、あなたの担当者が見つかります。
faq-join-keywords = 参加, 加わ, 加入, 入りたい, 混ざ, 仲間に, 今の話し合い, 進行中, 行われている, どこで, 場所, チャンネル, チャット, グループチャット, sns, ソーシャルメディア, ツイッター, フェイスブック, ウィキ上, ノートページ, 井戸端, 関わ, かかわ, 既存, 今ある, 途中から, 参加したい, 議論に入, のsns, snsで, snsの, 話し合ってる, 議論してる

faq-start-title = 自分で話し合いを始めるには？
faq-start-answer = 関心のあるテーマや、よく使うチャンネルで話し合いが見当たらなければ、自分で始めましょう。「コミュニティ対話ツールキット」を手引きにして、スコーピング文書をあなたの言語に翻訳し、結果をコミュニティ関係担当スペシャリストかコミュニティ戦略リエゾンに共有してください。リンクは /discuss を送ると届きます。
faq-start-keywords = 始め, はじめ, 自分で, 自分から, 独自, 立ち上げ, 開始, 新しい話し合い, 新しく, 議論を始, 話し合いを開, 企画したい, 呼びかけ, 進行したい, まとめ役, ひとりで, 一人で, 始めたい, どこから始め, 一から, ゼロから, 新たに, 自分で開, 主導, 自分たちで

faq-toolkit-title = コミュニティ対話ツールキットとは？
faq-toolkit-answer = コミュニティ対話ツールキット（Community Conversations Toolkit）は、自分のコミュニティで戦略の話し合いを始めたい人のための手引きです。話し合いの準備、進め方、報告のしかたがまとめられています。こちらから見られます：{ $link }
faq-toolkit-keywords = ツールキット, toolkit, ツール, 手引き, ガイド, guide, マニュアル, ハンドブック, 説明書, 進め方, やり方, 資料, 教材, テンプレート, ひな形, 雛形, コミュニティ対話, 準備, 手順, ノウハウ, 進行の仕方, 運営方法, ガイドブック, 報告の仕方, toolkitの, ツールキットのリンク

faq-translate-title = スコーピング文書を翻訳するには？
faq-translate-answer = スコーピング文書には、戦略の話し合いのテーマが書かれています。あなたの言語に翻訳すると、コミュニティが参加しやすくなります。文書と翻訳の方法はこちら：{ $link }
faq-translate-keywords = 翻訳, ほんやく, 訳す, 訳し, 翻訳者, 和訳, 日本語訳, 日本語版, 日本語に, スコーピング, scoping, 文書, ドキュメント, ローカライズ, 現地語化, 言語版, translate, 翻訳に協力, 翻訳したい, 翻訳を手伝, 訳したい

faq-starters-title = 「会話のきっかけ」とは？
faq-starters-answer = 「会話のきっかけ：変化の推進要因」（Conversation Starters: Drivers）は、プレゼンテーション形式の話し合いガイドで、コミュニティが戦略について考えるための新しい方法を紹介しています。一部のスライドは別のページで解説されています。ガイドはこちら：{ $link }
faq-starters-keywords = 会話のきっかけ, きっかけ, スターター, starters, conversation starters, ドライバー, drivers, 推進要因, 要因, プレゼン, スライド, slides, 話し合いガイド, 話題, ネタ, アイスブレイク, 問いかけ, ネタになる, 話題になる, きっかけになる, 話のネタ, 糸口, 会話の

faq-survey-title = アンケートで意見を伝えるには？
faq-survey-answer = アンケートでは、戦略チームに直接意見を伝えられます。/survey を送ればこのチャットで回答でき、ウェブで開くこともできます：{ $link }
faq-survey-keywords = アンケート, あんけーと, 調査, サーベイ, survey, 質問票, 意見, 感想, 要望, フィードバック, feedback, 回答, 投票, フォーム, 声を届け, 伝えたい, surveyの, 調査に, アンケートに

faq-phase-title = 次のフェーズはいつ始まりますか？
faq-phase-answer = コミュニティでの話し合いの次のフェーズは、1月に始まります。
faq-phase-keywords = 次のフェーズ, フェーズ, 段階, 次の段階, ステージ, 次回, 今後, いつ, 日程, スケジュール, 予定, 時期, 1月, 一月, 開始日, 締め切り, 締切, 期限, カレンダー, ラウンド, 再開, 再び, 次はいつ

faq-reports-title = イベント報告と月次報告はどこで読めますか？
faq-reports-answer = 2019年6月〜9月のコミュニティイベントの報告と月次報告は、「参加」ページにまとめられています：{ $link }
faq-reports-keywords = 報告, レポート, report, 報告書, 月次, 毎月, 月例, 月報, イベント報告, 要約, 議事録, 6月, 9月, 2019, どうだった, 何があった, 記録, 報告を読, 活動報告, イベントの報告, 振り返り, 過去のイベント, 月例報告

faq-support-title = 助けを求めたり、話し合いの結果を伝えたりできる相手は？
faq-support-answer = コミュニティ関係担当スペシャリストとコミュニティ戦略リエゾンが、話し合いを進める人をサポートし、結果を集めています。結果を共有したり、助けを求めたりしてください。/liaison を送ると、連絡先が見つかります。
faq-support-keywords = 助け, 手伝, サポート, 支援, 相談, 連絡先, 連絡, 問い合わせ, 問合せ, メール, 誰に聞, 誰に相談, スペシャリスト, 専門家, コミュニティ関係, 結果を共有, 結果を送, 結果を伝, 誰に送, 誰がまとめ, 誰に渡, 誰に伝, 送り先, 提出先, 共有先, 提出, 集め, 取りまとめ, 手助け, 困った, 手伝ってくれ, サポートしてくれ, 支えてくれ, 議論の結果, 話し合いの結果, 結果を, 結果は誰, 議論の成果, 話し合いの成果, 成果を

faq-faqpage-title = コミュニティでの話し合いに関する「よくある質問」はどこですか？
faq-faqpage-answer = 「よくある質問」のページには、コミュニティでの話し合いに関する質問への回答をまとめた専用のセクションがあります：{ $link }
faq-faqpage-keywords = faq, よくある質問, よくある, qa, 質問集, 質問一覧, 全部の質問, ほかの質問, 他の質問, その他の質問, もっと知りたい, 詳しく, 詳細, 説明ページ, 全文, faqページ, faqのページ, faqのリンク, faqへのリンク, faqはどこ, よくある質問のページ, もっと質問, 質問がある, 質問があ
