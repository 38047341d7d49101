# Choosing the language (/language).

language-choose = 言語を選んでください。
# Said in the new language right after the user chose it.
language-set = 設定しました。これからは日本語でお話しします。
language-unknown = 言語コード「{ $code }」は分かりません。ボタンを選ぶか、次のコードのいずれかを送ってください：{ $codes }
