# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = 申し訳ありません、こちらで問題が発生しました。もう一度お試しいただくか、/help を送ってください。
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = 申し訳ありません、現在は何も保存できません。これまでにお伝えいただいた内容は失われていません。数分後にもう一度お試しください。
error-too-long = メッセージが長すぎます。{ $limit }文字以内で送ってください。
error-flood = メッセージの送信が速すぎます。{ $seconds }秒待ってから、もう一度お試しください。
error-button-expired = このボタンは有効期限が切れています。/start を送ると、新しいメニューが表示されます。
error-unsupported = 読み取れるのはテキストメッセージとボタンだけです。/help を送ると、できることを確認できます。
error-private-only = プライバシー保護のため、{ $command } は私との個別チャットでのみ使えます。個別チャットを開いて、そちらで送ってください。
fallback = すみません、よく分かりませんでした。/help を送ると、できることを確認できます。
unknown-command = { $command } というコマンドは知りません。/help を送ると、できることを確認できます。
cancel-done = 中止しました。実行中の処理はありません。
cancel-nothing = 中止するものはありません。
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = 個別チャットを開く
