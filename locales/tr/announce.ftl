# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = Duyuruları yalnızca irtibat sorumluları ve yöneticiler gönderebilir.
announce-ask-language = Duyuru hangi dilin abonelerine gitsin?
announce-all = Tüm dillerim
announce-ask-text = Duyuruyu yaz, en fazla { $limit } karakter.
announce-ask-link = Bağlantı eklemek ister misin? Bağlantıyı gönder (https:// ile başlamalı) ya da Atla'ya bas.
announce-bad-link = Bu, https:// ile başlayan bir bağlantı değil. Bir bağlantı gönder ya da Atla'ya bas.
announce-preview = Önizleme:

    { $text }

    Duyuru { $people ->
        [one] bir kişiye
       *[other] { $people } kişiye
    } ve { $channels ->
        [one] bir kanala ya da gruba
       *[other] { $channels } kanala ya da gruba
    } ulaşacak (Telegram { $telegram }, Discord { $discord }). Şimdi göndereyim mi?
announce-send = Şimdi gönder
announce-cancel = İptal
announce-queued = Duyurun { $count ->
        [one] bir alıcıya
       *[other] { $count } alıcıya
    } gönderiliyor.
announce-cancelled = Duyuru gönderilmedi.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = Hareket stratejisi ekibinden duyuru:

    { $text }
    { $link }
