# Choosing the language (/language).

language-choose = Dilini seç.
# Said in the new language right after the user chose it.
language-set = Tamam. Bundan sonra seninle Türkçe konuşacağım.
language-unknown = “{ $code }” dil kodunu tanımıyorum. Bir düğme seç ya da şu kodlardan birini gönder: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = Tamam. Bundan sonra bu grupta Türkçe konuşacağım.
language-group-admin-only = Bu grubun dilini yalnızca grup yöneticileri değiştirebilir. Kendi dilini seçmek için benimle özel sohbette /language gönder.
