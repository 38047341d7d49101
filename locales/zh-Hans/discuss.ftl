# How to start a discussion of your own (/discuss).

discuss-info = 在你关心的话题上，或在你最常用的渠道里，还没有讨论？那就自己发起吧：
    • 以社群对话工具包为指南：{ $toolkit }
    • 把范围界定文件翻译成你的语言：{ $scoping }
    • 试试“对话引子”，这是一份关于变革驱动因素的讨论指南：{ $starters }
    • 如需支持，或想分享讨论结果，请联系社群关系专员或社群战略联络员（/liaison）。
