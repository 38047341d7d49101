# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = Bu kısa anket, görüşlerini doğrudan hareket stratejisi ekibiyle paylaşmanı sağlar. Yanıtların hesabınla birlikte değil, takma bir kimlikle saklanır. İstediğin zaman önceki soruya dönebilir, isteğe bağlı soruları atlayabilir ya da /cancel ile anketi bırakabilirsin.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = Soru { $step }/{ $total }: { $question }
survey-role = Wikimedia hareketinde nasıl yer alıyorsun?
survey-role-editor = Wikimedia projelerini düzenliyorum
survey-role-affiliate = Bağlı kuruluşta ya da grupta aktifim
survey-role-organizer = Etkinlik ve tanıtım düzenliyorum
survey-role-technical = Teknik katkı sağlıyorum
survey-role-reader = Okurum, bağış yapar ya da tanıtırım
survey-role-new = Harekete yeni katıldım
survey-areas = Tematik alanlardan hangileri senin için en önemli? İstediğin kadar seç, sonra Tamam'a bas.
    .title = Tematik alanlardan hangileri senin için en önemli?
survey-areas-advocacy = Savunuculuk
survey-areas-capacity = Kapasite Geliştirme
survey-areas-health = Topluluk Sağlığı
survey-areas-diversity = Çeşitlilik
survey-areas-partnerships = Ortaklıklar
survey-areas-product = Ürün ve Teknoloji
survey-areas-resources = Kaynak Tahsisi
survey-areas-revenue = Gelir Kaynakları
survey-areas-roles = Roller ve Sorumluluklar
survey-involved = Şu ana kadar hareket stratejisi sohbetlerine ne kadar dahil olduğunu hissediyorsun? 1 (hiç) ile 5 (çok fazla) arasında seç.
    .title = Şu ana kadar hareket stratejisi sohbetlerine ne kadar dahil olduğunu hissediyorsun? (1 = hiç, 5 = çok fazla)
survey-ways = Sohbetlere nasıl katılmak istersin? İstediklerini seç, sonra Tamam'a bas.
    .title = Sohbetlere nasıl katılmak istersin?
survey-ways-salon = Yüz yüze bir Strateji Salonunda
survey-ways-wiki = Vikideki tartışmalarda
survey-ways-chat = Sosyal medya ve sohbet gruplarında
survey-ways-group = Bağlı kuruluşumda ya da grubumda
survey-ways-survey = Bunun gibi anketlerle
survey-host = Bağlı kuruluşun ya da grubun bir Strateji Salonu düzenlemek ister mi?
survey-youth = Bazı Strateji Salonları gençlere yönelik. Bunlardan birine katılmak ister misin?
survey-change = Harekette neler değişmeli? Lütfen kendi sözlerinle yanıtla.
survey-consent = Topluluk Strateji İrtibat Sorumlun, yanıtların hakkında seninle iletişime geçebilir mi?
survey-thanks = Teşekkürler! Yanıtların kaydedildi. İstediğin zaman /survey ile onlara bakabilir ya da onları değiştirebilirsin.
survey-done-before = Bu ankete zaten yanıt verdin. Yanıtların:

    { $summary }

    Değiştirmek ister misin?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = Yanıtlarımı değiştir
survey-keep-answers = Böyle kalsın
survey-kept = Yanıtların olduğu gibi kalıyor. Teşekkürler!
survey-resume = Tekrar hoş geldin! Kaldığın yerden devam edelim.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = Yarım kalan { $command } sohbetini bir kenara aldım: burada işin bitince kaldığın yerden devam edeceksin.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = Daha önce yaptığın şeye geri döndük; verdiğin yanıtların hiçbiri kaybolmadı.
flow-back = Geri
flow-skip = Atla
flow-done = Tamam
flow-yes = Evet
flow-no = Hayır
flow-skipped = atlandı
flow-choose-button = Lütfen düğmelerden biriyle yanıtla.
flow-choose-at-least-one = Lütfen en az bir seçenek seç, sonra Tamam'a bas.
flow-too-long = Bu yanıt çok uzun. Lütfen en fazla { $limit } karakter kullan.
flow-bad-date = Lütfen geçmişte kalan bir tarih yaz, örneğin 2026-11-28.
flow-bad-number = Lütfen bir tam sayı yaz, örneğin 12.
flow-bad-link = Lütfen https:// ile başlayan bir bağlantı gönder ya da Atla'ya bas.
flow-empty = Lütfen yanıtını yaz.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = Soru { $step }/{ $total }: { $question }

    Şimdiye kadarki yanıtın: { $answer }
flow-keep = Bu yanıt kalsın
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] Yanıtına göre bir soru çıkarıldı: artık toplam { $total } soru var.
        [1] Yanıtına göre bir soru eklendi: artık toplam { $total } soru var.
       *[other] Yanıtın soru sayısını değiştirdi: artık toplam { $total } soru var.
    }

    Soru { $step }/{ $total }: { $question }
flow-not-current = Bu düğme başka bir soruya ait. İşte şu anki soru.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = Yanıtımı yaz
