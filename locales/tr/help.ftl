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
cmd-liaison = Dilinin irtibat sorumlusunu bul
cmd-salon = Strateji Salonu nasıl düzenlenir
cmd-discuss = Kendi tartışmanı nasıl başlatırsın
cmd-privacy = Senin hakkında neleri saklıyorum
cmd-forget = Senin hakkında sakladığım her şeyi sil
cmd-cancel = Çalışan işlemi durdur
