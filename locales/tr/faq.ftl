# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = Yanıtlayabildiğim konular şunlar. Birini seç ya da sorunu kendi cümlelerinle yaz.
faq-no-match = Buna bir yanıt bulamadım. Bildiğim konular şunlar. Başka her konuda irtibat sorumlun yardımcı olabilir: /liaison gönder.
faq-more = Diğer sorular
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = Bu konulardan hangisini kastettiğinden emin değilim. Birini seç ya da sorunu başka kelimelerle yeniden sor.
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 İşe yaradı
faq-unhelpful = 👎 İşe yaramadı
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = İnsanların sorduğu soruları yalnızca irtibat sorumluları ve yöneticiler görebilir.
unanswered-none = Son 30 günde yanıtsız kalan ya da yanıtı 👎 alan hiçbir soru yok ({ $languages }).
unanswered-list = Son 30 günde yanıtlayamadığım ya da yanıtı 👎 alan sorular ({ $languages }; en yeni { $count } tanesi):
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language }: { $question }
unanswered-line-unhelpful = • { $language }: { $question } (“{ $topic }” yanıtına 👎)

faq-salon-what-title = Strateji Salonu nedir?
faq-salon-what-answer = Strateji Salonu, tanınmış bir Wikimedia bağlı kuruluşunun ev sahipliğinde, hareket stratejisini tartışmak için yapılan yüz yüze bir buluşmadır. Bağlı kuruluşların liderleri, bölgelerinde yaşayan farklı farklı üyeleri bir araya getirir ve ilgilerini çeken bir iki strateji teması üzerine daha derin sohbetler yapar. Salonu yalnızca tanınmış bağlı kuruluşlar düzenleyebilir; nasıl yapıldığını öğrenmek için /salon gönder.
faq-salon-what-keywords = salon, strateji salonu, salonlar, salona, buluşma, buluşalım, toplantı, toplanma, bir araya gel, yüz yüze, yüzyüze, fiziksel, ev sahipliği, ev sahibi, salon düzenle, organize, bağlı kuruluş, kuruluşumuz, dernek, kullanıcı grubu, meetup, buluşma düzenle

faq-salon-grants-title = Kaç Strateji Salonu hibesi verildi?
faq-salon-grants-answer = İlgi büyük ve birçok bağlı kuruluş başvurdu: toplam 44 Strateji Salonu hibesi onaylandı, bunların 12'si gençlik etkinlikleri için.
faq-salon-grants-keywords = hibe, hibeler, fon, fonla, finansman, destek parası, para, bütçe, ödenek, mali destek, onaylan, onay, başvur, başvuru, kaç tane, kaç hibe, sayısı, genç, gençlik, 44, 12, grant

faq-csl-title = Topluluk Strateji İrtibat Sorumluları kimdir?
faq-csl-answer = Topluluk Strateji İrtibat Sorumluları, yedi dil topluluğunun strateji sohbetlerini vikide ve sosyal medya kanallarında yürütmek için işe alındı: Mandarin Çincesi, Hintçe, Arapça, Almanca, Portekizce, Fransızca ve İspanyolca. Kendi dilinin sorumlusunu bulmak için /liaison gönder.
faq-csl-keywords = irtibat sorumlusu, irtibat görevlisi, irtibat, topluluk strateji, liaison, csl, işe alın, çalışan, personel, koordinatör, kolaylaştırıcı, mandarin, çince, hintçe, arapça, almanca, portekizce, fransızca, ispanyolca, yedi dil, hangi dil, benim dilim, dilimin sorumlusu

faq-osl-title = Örgütsel Strateji İrtibat Sorumlusu nedir?
faq-osl-answer = Örgütsel Strateji İrtibat Sorumluları, bağlı kuruluşlar ve hareketin diğer grupları gibi örgütlü grupların içindeki strateji sohbetlerini yürüten gönüllülerdir. Grubunun zaten bir sorumlusu olup olmadığını görmek için listeye bak: { $link }
faq-osl-keywords = örgütsel, örgüt, örgütlü, kurumsal, kurum, organizasyon, organizasyonel, osl, gönüllü irtibat, örgütsel strateji, grubumuz, grubum, grubumda, grubun içinde, grup içi, irtibat listesi, sorumlu listesi, liste, organizational

faq-volunteer-title = Grubum için nasıl gönüllü irtibat sorumlusu olurum?
faq-volunteer-answer = Örgütlü grubunun henüz bir Örgütsel Strateji İrtibat Sorumlusu yoksa, bu görev için gönüllü olabilirsin. Önce grubunun zaten bir sorumlusu olup olmadığını listeden kontrol et, sonra buradan kaydol: { $link }
faq-volunteer-keywords = gönüllü, gönüllü ol, gönüllülük, kaydol, kayıt ol, kayıt, üye ol, aday, adaylık, sorumlu olmak, sorumlusu olmak, sorumlu olabilir, nasıl olurum, olabilir miyim, temsil, temsilci, görev almak, görev al, yardım etmek istiyorum, volunteer, sign up

faq-join-title = Süren tartışmalara nasıl katılabilirim?
faq-join-answer = Sohbetler örgütlü gruplarda ve dil topluluklarında, birçok dilde yapılıyor. Grubunun ya da dil topluluğunun tercih ettiği kanalları öğren; irtibat sorumluları bu sohbetleri vikide ve sosyal medyada yürütüyor. Kendi sorumlunu bulmak için /liaison gönder.
faq-join-keywords = katıl, katılım, katılmak, dahil ol, yer al, süren, devam eden, mevcut tartışma, nerede, kanal, kanallar, sohbet grubu, telegram grubu, whatsapp, sosyal medya, vikide, tartışma sayfası, ilgilen, iştirak, topluluğa

faq-start-title = Kendi tartışmamı nasıl başlatırım?
faq-start-answer = Konunla ilgili ya da en etkin olduğun kanalda bir tartışma göremiyorsan, kendin başlat: rehber olarak Topluluk Sohbetleri Araç Seti'ni kullan, kapsam belirleme belgelerini kendi diline çevir ve sonuçları Topluluk İlişkileri Uzmanı'yla ya da bir Topluluk Strateji İrtibat Sorumlusu'yla paylaş. Bağlantılar için /discuss gönder.
faq-start-keywords = başlat, başlatmak, başlatırım, kendi tartışma, kendim, kendi başıma, kendi sohbet, yeni tartışma, yeni sohbet, tartışma aç, tartışma düzenle, tartışma başlat, sohbet başlat, tartışma yürüt, yürütmek, öncülük, ilk adım, tartışma yok

faq-toolkit-title = Topluluk Sohbetleri Araç Seti nedir?
faq-toolkit-answer = Topluluk Sohbetleri Araç Seti (Community Conversations Toolkit), kendi topluluğunda strateji sohbetleri başlatmak isteyenler için bir rehberdir: bir tartışma nasıl hazırlanır, nasıl yürütülür ve nasıl raporlanır. Burada bulabilirsin: { $link }
faq-toolkit-keywords = araç seti, araç kiti, araçlar, araç, toolkit, tool kit, rehber, kılavuz, el kitabı, yönerge, nasıl yürütülür, nasıl hazırlanır, materyal, malzeme, kaynak, şablon, topluluk sohbetleri, kit

faq-translate-title = Kapsam belirleme belgelerini nasıl çevirebilirim?
faq-translate-answer = Kapsam belirleme belgeleri, strateji sohbetlerinin temalarını anlatır. Onları kendi diline çevirmek, topluluğunun katılmasını kolaylaştırır. Belgeler ve nasıl çevrileceği: { $link }
faq-translate-keywords = çevir, çeviri, çevirmen, tercüme, tercüman, kapsam, kapsam belirleme, belge, belgeler, doküman, döküman, dilime, türkçeye, türkçe sürüm, türkçeleştir, yerelleştir, dil sürümü, translate, scoping

faq-starters-title = Sohbet Başlatıcılar nedir?
faq-starters-answer = Sohbet Başlatıcılar: İtici Güçler (Conversation Starters: Drivers), sunum biçiminde hazırlanmış bir tartışma rehberidir ve toplulukların strateji üzerine düşünmesine yardım etmek için yeni yollar sunar. Bazı slaytları ayrı bir sayfada açıklanıyor. Rehber: { $link }
faq-starters-keywords = sohbet başlatıcı, başlatıcı, başlatıcılar, conversation starters, starters, itici güç, itici güçler, drivers, değişim, sunum, slayt, slaytlar, slide, sunu, powerpoint, tartışma rehberi, buz kırıcı, konu önerisi, soru önerileri

faq-survey-title = Ankette nasıl görüş bildirebilirim?
faq-survey-answer = Anket, görüşlerini doğrudan strateji ekibiyle paylaşmanı sağlar. Anketi hemen burada, sohbette yanıtlamak için /survey gönder ya da web'de aç: { $link }
faq-survey-keywords = anket, survey, soru formu, form, geri bildirim, geribildirim, görüş, fikir, düşünce, oylama, kamuoyu, değerlendirme, fikrimi, görüşümü, ne düşündüğümü, feedback, yorum, öneri

faq-phase-title = Sonraki aşama ne zaman başlıyor?
faq-phase-answer = Topluluk sohbetlerinin bir sonraki aşaması ocak ayında başlayacak.
faq-phase-keywords = sonraki aşama, aşama, evre, safha, ne zaman, zaman çizelgesi, takvim, ocak, sonraki adım, başlangıç tarihi, tarih, son tarih, süre, tur, devam edecek, yakında, gelecek, sonraki tur

faq-reports-title = Etkinlik ve aylık raporları nerede okuyabilirim?
faq-reports-answer = Haziran–Eylül 2019 topluluk etkinliklerinin raporları ve aylık raporlar Katılım (Participate) sayfasında toplanıyor: { $link }
faq-reports-keywords = rapor, raporlar, aylık, aylık rapor, etkinlik raporu, sonuç, sonuçlar, çıktı, özet, özetler, tutanak, haziran, eylül, 2019, ne oldu, neler oldu, okumak, gelişmeler, report

faq-support-title = Kim bana yardım eder, tartışmamızın sonuçlarını kime iletebilirim?
faq-support-answer = Topluluk İlişkileri Uzmanı ve Topluluk Strateji İrtibat Sorumluları, tartışma yürütenlere destek olur ve sonuçları toplar. Sonuçlarını onlarla paylaş ya da onlardan yardım iste. İletişim kuracağın kişiyi bulmak için /liaison gönder.
faq-support-keywords = yardım, destek, iletişim, ulaş, e-posta, eposta, kime sorabilirim, kime sor, birine sor, uzman, topluluk ilişkileri, ilişkiler uzmanı, sonuçları paylaş, sonuçları gönder, sonuçları ilet, tartışmamızın sonuç, kişi, yardımcı, kime yazabilirim

faq-faqpage-title = Topluluk sohbetleri hakkındaki SSS'nin tamamı nerede?
faq-faqpage-answer = SSS sayfasında, topluluk sohbetleriyle ilgili sorulara yanıt veren özel bir bölüm var: { $link }
faq-faqpage-keywords = sss, faq, sık sorulan, sıkça sorulan, sık sorulan sorular, soru sayfası, tüm sss, daha fazla soru, diğer sorular, soru-cevap, soru cevap, yanıtlar, cevaplar, belgeleme, daha fazla bilgi, ayrıntılı bilgi
