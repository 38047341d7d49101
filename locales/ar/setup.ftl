# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = تم. سأتحدث بالعربية في هذا الخادم، وستُنشر الإعلانات في { $channel }.
setup-not-allowed = لا يستطيع إعداد هذا الخادم إلا الأعضاء الذين يملكون صلاحية إدارته.
setup-server-only = هذا الأمر يُعِدّ الخادم، لذا لا يعمل إلا داخل خادم.
setup-bad-language = لا أعرف رمز اللغة «{ $code }». استخدم أحد هذه الرموز: { $codes }
