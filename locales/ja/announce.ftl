# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = お知らせを送信できるのは、リエゾンと管理者だけです。
announce-ask-language = どの言語の登録者にお知らせを送りますか？
announce-all = 担当するすべての言語
announce-ask-text = お知らせの本文を{ $limit }文字以内で書いてください。
announce-ask-link = リンクを追加しますか？追加する場合は https:// で始まるリンクを送り、不要なら「スキップ」を押してください。
announce-bad-link = https:// で始まるリンクではありません。リンクを送るか、「スキップ」を押してください。
announce-preview = プレビュー：

    { $text }

    このお知らせは{ $people }人と{ $channels }件のチャンネル・グループ（Telegram { $telegram }、Discord { $discord }）に届きます。今すぐ送信しますか？
announce-send = 今すぐ送信
announce-cancel = キャンセル
announce-queued = お知らせを{ $count }件の宛先に送信しています。
announce-cancelled = お知らせは送信されませんでした。
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = ムーブメント戦略チームからのお知らせ：

    { $text }
    { $link }
