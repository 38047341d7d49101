# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = 好的。在这个服务器里，我会用简体中文交流，公告将发送到 { $channel }。
setup-not-allowed = 只有有权管理本服务器的成员才能进行设置。
setup-server-only = 这个命令用于设置服务器，因此只能在服务器中使用。
setup-bad-language = 我不认识语言代码“{ $code }”。请使用以下代码之一：{ $codes }
