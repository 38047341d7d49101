# The greeting and the main menu (/start).

start-greeting = Merhaba! Ben Wikimedia hareket stratejisinin Katılım (Participate) botuyum. Strateji sohbetleriyle ilgili soruları yanıtlıyor, seni dilinin irtibat sorumlusuna yönlendiriyor, bir Strateji Salonu düzenlemeyi ya da kendi tartışmanı başlatmayı anlatıyorum. Aşağıdan seç ya da sorunu yazman yeterli.
menu-faq = Sorular ve yanıtlar
menu-liaison = İrtibat sorumlum
menu-salon = Strateji Salonu düzenle
menu-discuss = Tartışma başlat
menu-survey = Ankete katıl
menu-volunteer = Gönüllü ol
menu-events = Etkinlikler
menu-subscribe = Duyurular
menu-language = Dil
menu-privacy = Gizlilik
menu-help = Yardım
