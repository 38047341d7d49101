# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 分享你的讨论结果
share-intro = 感谢你组织讨论！我会就这次讨论问你几个问题，一次一个；提交前你可以查看全部内容。讨论所用语言的联络员会收到一份摘要。
share-group = 讨论是谁组织的？请写下你的团体或社群的名称。
share-language = 讨论使用的是哪种语言？
share-date = 讨论是哪天举行的？请按 2026-11-28 的格式填写日期。
share-participants = 有多少人参加？
share-themes = 讨论涉及了哪些主题领域？可多选，选好后点“完成”。
share-themes-advocacy = 倡导
share-themes-capacity = 能力建设
share-themes-health = 社群健康
share-themes-diversity = 多元化
share-themes-partnerships = 合作伙伴关系
share-themes-product = 产品与技术
share-themes-resources = 资源分配
share-themes-revenue = 收入来源
share-themes-roles = 角色与职责
share-conclusions = 主要结论是什么？（不超过 3,000 个字符）
share-link = 如果维基上有讨论记录，请发送链接（以 https:// 开头）。没有的话，请点“跳过”。
share-preview = 提交前请核对：
    团体：{ $group }
    语言：{ $language }
    日期：{ $date }
    人数：{ $participants }
    主题：{ $themes }
    结论：{ $conclusions }
    记录：{ $link }
share-submit = 提交
share-thanks = 谢谢！你的结果已保存为讨论 #{ $number }，该语言的联络员也已收到摘要。
share-notify = 📝 讨论结果 #{ $number } · { $language }
    { $group }，{ $date }，{ $participants } 人
    { $summary }

discussions-not-allowed = 只有联络员和管理员可以查看已分享的讨论结果。
discussions-none = 目前还没有人分享{ $languages }的讨论结果。
discussions-list = 已分享的{ $languages }讨论结果（最近 { $count } 条）：

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants } 人
    { $themes }
    { $summary }
    { $link }
