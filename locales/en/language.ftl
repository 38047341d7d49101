# Choosing the language (/language).

language-choose = Choose your language.
# Said in the new language right after the user chose it.
language-set = Done. From now on I will talk to you in English.
language-unknown = I do not know the language code “{ $code }”. Choose a button, or send one of these codes: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = Done. In this group I will speak English from now on.
language-group-admin-only = Only the admins of this group can change its language. To choose your own language, send /language in a private chat with me.
