# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-themes-advocacy = Savunuculuk
share-themes-capacity = Kapasite Geliştirme
share-themes-health = Topluluk Sağlığı
share-themes-diversity = Çeşitlilik
share-themes-partnerships = Ortaklıklar
share-themes-product = Ürün ve Teknoloji
share-themes-resources = Kaynak Tahsisi
share-themes-revenue = Gelir Kaynakları
share-themes-roles = Roller ve Sorumluluklar

share-button = 📝 Sonuçlarını paylaş
share-intro = Bir tartışma düzenlediğin için teşekkürler! Tartışmayla ilgili tek tek birkaç soru soracağım; göndermeden önce her şeyi göreceksin. Tartışmanın dilindeki irtibat sorumlularına bir özet gider.
share-group = Tartışmayı kim düzenledi? Grubunun ya da topluluğunun adını yaz.
share-language = Tartışma hangi dilde yapıldı?
share-date = Hangi gün yapıldı? Tarihi 2026-11-28 biçiminde yaz.
share-participants = Kaç kişi katıldı?
share-themes = Hangi tematik alanlara değindi? Uyanların hepsini seç, sonra Tamam'a bas.
share-conclusions = Başlıca sonuçlar nelerdi? (en fazla 3.000 karakter)
share-link = Vikide notlar varsa bağlantısını gönder (https:// ile başlamalı). Yoksa Atla'ya bas.
share-preview = Lütfen göndermeden önce kontrol et:
    Grup: { $group }
    Dil: { $language }
    Tarih: { $date }
    Katılımcı sayısı: { $participants }
    Temalar: { $themes }
    Sonuçlar: { $conclusions }
    Notlar: { $link }
share-submit = Gönder
share-thanks = Teşekkürler! Sonuçların #{ $number } numaralı tartışma olarak kaydedildi ve tartışmanın dilindeki irtibat sorumlularına bir özet gitti.
share-notify = 📝 Tartışma sonuçları #{ $number } · { $language }
    { $group }, { $date }, { $participants ->
        [one] bir kişi
       *[other] { $participants } kişi
    }
    { $summary }

discussions-not-allowed = Paylaşılan tartışma sonuçlarını yalnızca irtibat sorumluları ve yöneticiler görebilir.
discussions-none = { $languages } için henüz hiç tartışma sonucu paylaşılmadı.
discussions-list = { $languages } için paylaşılan tartışma sonuçları (son { $count }):

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] bir kişi
       *[other] { $participants } kişi
    }
    { $themes }
    { $summary }
    { $link }
