# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = Tamam. Bu sunucuda Türkçe konuşacağım, duyurular da { $channel } kanalına gidecek.
setup-not-allowed = Bu sunucuyu yalnızca onu yönetme izni olan üyeler ayarlayabilir.
setup-server-only = Bu komut bir sunucuyu ayarlar, bu yüzden yalnızca bir sunucuda çalışır.
setup-bad-language = “{ $code }” dil kodunu tanımıyorum. Şunlardan birini kullan: { $codes }
