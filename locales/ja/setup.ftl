# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = 設定しました。このサーバーでは日本語でお話しします。お知らせは{ $channel }に投稿します。
setup-not-allowed = このサーバーを設定できるのは、サーバーを管理する権限のあるメンバーだけです。
setup-server-only = このコマンドはサーバーを設定するためのものなので、サーバー内でのみ使えます。
setup-bad-language = 言語コード「{ $code }」は分かりません。次のいずれかを使ってください：{ $codes }
