# Choosing the language (/language).

language-choose = Dilini seç.
# Said in the new language right after the user chose it.
language-set = Tamam. Bundan sonra seninle Türkçe konuşacağım.
language-unknown = “{ $code }” dil kodunu tanımıyorum. Bir düğme seç ya da şu kodlardan birini gönder: { $codes }
