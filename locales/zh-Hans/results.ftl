# Survey results for liaisons and admins (/results).

results-caption = { $languages }的问卷结果：共 { $count } 份回答。
results-none = 目前还没有{ $languages }的问卷回答。
results-not-allowed = 只有联络员和管理员可以查看问卷结果。
results-all-languages = 所有语言
