# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = Grubun için Örgütsel Strateji İrtibat Sorumlusu olmaya gönüllü olduğun için teşekkürler! Önce grubunun zaten bir sorumlusu olup olmadığını listeden kontrol et: { $list }
    Ardından üç kısa soru geliyor; istediğin zaman /cancel ile durdurabilirsin.
volunteer-group = Örgütlü grubunun adı ne (örneğin bağlı kuruluşun ya da kullanıcı grubun)?
volunteer-language = Grubun çoğunlukla hangi dilde konuşuyor?
volunteer-contact = Strateji ekibi sana nasıl ulaşabilir? Örneğin Meta-Wiki'deki kullanıcı adın ya da bir e-posta adresi.
volunteer-confirm = Lütfen kaydını kontrol et:
    Grup: { $group }
    Dil: { $language }
    İletişim: { $contact }
    Göndereyim mi?
volunteer-send = Gönder
volunteer-thanks = Teşekkürler! Kaydın strateji ekibine ulaştı, seninle iletişime geçecekler.
# Sent to the bot's admins, each in their own language.
volunteer-notify = Örgütsel Strateji İrtibat Sorumlusu için yeni kayıt:
    Grup: { $group }
    Dil: { $language }
    İletişim: { $contact }
    Kaydolduğu platform: { $platform }
