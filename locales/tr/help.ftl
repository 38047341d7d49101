# The command list (/help) and the short description of each command.

help-text = Yapabildiklerim şunlar:

    { $commands }

    Özel sohbette sorunu doğrudan da yazabilirsin.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Başlat ve menüyü göster
cmd-help = Neler yapabilirim
cmd-language = Dilini seç
cmd-faq = Sorular ve yanıtlar
cmd-survey = Ankete katıl
cmd-volunteer = Grubun için irtibat sorumlusu olmaya gönüllü ol
cmd-results = Anket sonuçları (irtibat sorumluları ve yöneticiler)
cmd-unanswered = SSS'nin yanıtlayamadığı sorular (irtibat sorumluları ve yöneticiler)
cmd-ask = Bir insana sor: bir irtibat sorumlusu sana burada yanıt verir
cmd-reply = Bir talebi yanıtla (irtibat sorumluları ve yöneticiler)
cmd-tickets = Bir insana sorulmuş açık sorular (irtibat sorumluları ve yöneticiler)
cmd-share = Tartışmanın sonuçlarını paylaş
cmd-discussions = Paylaşılan tartışma sonuçları (irtibat sorumluları ve yöneticiler)
cmd-report = Aylık rapor (irtibat sorumluları ve yöneticiler)
cmd-events = Yaklaşan etkinlikler
cmd-subscribe = Kendi dilinde duyuruları al
cmd-unsubscribe = Duyuruları almayı bırak
cmd-announce = Duyuru gönder (irtibat sorumluları ve yöneticiler)
cmd-liaison = Dilinin irtibat sorumlusunu bul
cmd-salon = Strateji Salonu nasıl düzenlenir
cmd-discuss = Kendi tartışmanı nasıl başlatırsın
cmd-privacy = Senin hakkında neleri saklıyorum
cmd-forget = Senin hakkında sakladığım her şeyi sil
cmd-cancel = Çalışan işlemi durdur
cmd-menu = Menüyü göster
cmd-setup = Sunucu dili ve duyuru kanalı (yöneticiler)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = yardım
cmdname-menu = menü
cmdname-faq = sss
cmdname-survey = anket
cmdname-volunteer = gönüllü
cmdname-liaison = irtibat
cmdname-salon = salon
cmdname-discuss = tartışma
cmdname-language = dil
cmdname-privacy = gizlilik
cmdname-forget = unut
cmdname-results = sonuçlar
cmdname-unanswered = yanıtsız
cmdname-cancel = iptal
cmdname-setup = kurulum
cmdname-ask = sor
cmdname-reply = yanıtla
cmdname-tickets = talepler
cmdname-share = paylaş
cmdname-discussions = tartışmalar
cmdname-report = rapor
cmdname-events = etkinlikler
cmdname-subscribe = abone-ol
cmdname-unsubscribe = abonelikten-çık
cmdname-announce = duyuru
# Descriptions of command options.
param-question = Sorun, kendi sözlerinle
param-code = de, ar ya da pt-BR gibi bir dil kodu
param-server-language = Botun bu sunucuda kullandığı dil
param-channel = Botun duyuruları paylaştığı kanal
param-ticket = Talebin numarası
param-answer = Yanıtın
param-month = 2026-11 gibi bir ay
