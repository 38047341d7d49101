# The liaison for the user's language (/liaison).

liaison-found = { $language } için Topluluk Strateji İrtibat Sorumlusu, dil topluluğunun strateji sohbetlerini vikide ve sosyal medyada yürütüyor.
    İrtibat sorumlusu: { $name }
    İletişim: { $contact }
    Sohbetlerin yapıldığı yerler: { $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = { $language } için Topluluk Strateji İrtibat Sorumlusu, dil topluluğunun strateji sohbetlerini vikide ve sosyal medyada yürütüyor. Adı burada henüz yayımlanmadı; aşağıdaki iletişim bilgisi üzerinden ona ulaşabilirsin.
    İletişim: { $contact }
    Sohbetlerin yapıldığı yerler: { $channels }
liaison-none = { $language } için henüz bir Topluluk Strateji İrtibat Sorumlusu yok, ama yine de katılabilirsin:
    • Topluluk İlişkileri Uzmanı her dildeki tartışmalara destek veriyor: { $specialist }
    • Örgütsel Strateji İrtibat Sorumluları, örgütlü grupların içindeki sohbetleri yürütüyor. Grubunun bir sorumlusu olup olmadığına bak: { $list }
    • Grubunun henüz bir sorumlusu yoksa, gönüllü olup grubunun Örgütsel Strateji İrtibat Sorumlusu ol: { $volunteer }
