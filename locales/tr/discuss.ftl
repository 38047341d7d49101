# How to start a discussion of your own (/discuss).

discuss-info = Konunla ilgili ya da en etkin olduğun kanalda bir tartışma yok mu? Kendin başlat:
    • Rehber olarak Topluluk Sohbetleri Araç Seti'ni (Community Conversations Toolkit) kullan: { $toolkit }
    • Kapsam belirleme belgelerini kendi diline çevir: { $scoping }
    • Değişimin itici güçleri üzerine bir tartışma rehberi olan Sohbet Başlatıcıları'nı (Conversation Starters) dene: { $starters }
    • Destek almak ve tartışmanın sonuçlarını paylaşmak için Topluluk İlişkileri Uzmanı'yla ya da bir Topluluk Strateji İrtibat Sorumlusu'yla iletişime geç (/liaison).
