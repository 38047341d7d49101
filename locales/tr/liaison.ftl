# The liaison for the user's language (/liaison).

liaison-found = { $language } için Topluluk Strateji İrtibat Sorumlusu, dil topluluğunun strateji sohbetlerini vikide ve sosyal medyada yürütüyor.
    İrtibat sorumlusu: { $name }
    İletişim: { $contact }
    Sohbetlerin yapıldığı yerler: { $channels }
liaison-none = { $language } için henüz bir Topluluk Strateji İrtibat Sorumlusu yok, ama yine de katılabilirsin:
    • Topluluk İlişkileri Uzmanı her dildeki tartışmalara destek veriyor: { $specialist }
    • Örgütsel Strateji İrtibat Sorumluları, örgütlü grupların içindeki sohbetleri yürütüyor. Grubunun bir sorumlusu olup olmadığına bak: { $list }
    • Grubunun henüz bir sorumlusu yoksa, gönüllü olup grubunun Örgütsel Strateji İrtibat Sorumlusu ol: { $volunteer }
