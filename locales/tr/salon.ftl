# How to host a Strategy Salon (/salon).

salon-info = Strateji Salonları, tanınmış Wikimedia bağlı kuruluşlarının hareket stratejisini tartıştığı yüz yüze buluşmalardır. Bağlı kuruluşların liderleri, kendi bölgelerinde yaşayan farklı farklı üyeleri bir araya getirir ve ilgilerini çeken bir iki strateji teması üzerine daha derin sohbetler yapar. Salonlar ayrıca üyelerle ilişkileri güçlendirir ve onların katılımını derinleştirir.
    İlgi büyük: 44 hibe onaylandı, bunların 12'si gençlik etkinlikleri için.
    Nasıl başvurulur, başkaları neler yaptı: { $link }
