# Choosing the language (/language).

language-choose = 言語を選んでください。
# Said in the new language right after the user chose it.
language-set = 設定しました。これからは日本語でお話しします。
language-unknown = 言語コード「{ $code }」は分かりません。ボタンを選ぶか、次のコードのいずれかを送ってください：{ $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = 設定しました。これからは、このグループでは日本語でお話しします。
language-group-admin-only = このグループの言語を変更できるのは、グループの管理者だけです。ご自分の言語を選ぶには、私との個別チャットで /language を送ってください。
