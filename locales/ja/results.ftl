# Survey results for liaisons and admins (/results).

results-caption = { $languages }のアンケート結果：回答{ $count }件。
results-none = { $languages }のアンケート回答はまだありません。
results-not-allowed = アンケート結果を見られるのは、リエゾンと管理者だけです。
results-all-languages = 全言語
