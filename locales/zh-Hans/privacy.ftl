# What is stored (/privacy) and deleting it (/forget).

privacy-info = 我保存了你的哪些信息，以及原因：
    • 你在本平台上的用户 ID 和你选择的语言，以便用你的语言回复你；
    • 你在分步对话中进行到了哪一步，以便你中断后可以接着继续。
    我不保存用户名，也不保存你消息的副本。发送 /forget 可删除我保存的你的所有信息。
forget-confirm = 你确定要我删除保存的你的所有信息吗？此操作无法撤销。
forget-yes = 是，全部删除
forget-no = 不，保留
forget-done = 好了。我已删除保存的你的所有信息（共 { $count } 条记录）。
forget-kept = 好的，没有删除任何内容。
