# What is stored (/privacy) and deleting it (/forget).

privacy-info = Senin hakkında neleri saklıyorum ve neden:
    • bu platformdaki kullanıcı kimliğini ve seçtiğin dili; böylece sana kendi dilinde yanıt verebiliyorum;
    • adım adım ilerleyen bir sohbette nerede kaldığını; böylece ara verdikten sonra devam edebiliyorsun;
    • anket yanıtlarını; bunları kullanıcı kimliğinle değil, gizli bir anahtarla hesaplanan takma bir kimlikle saklıyorum;
    • irtibat sorumlusu olmaya gönüllü olursan grubunu, grubunun dilini ve verdiğin iletişim bilgisini; bunlar strateji ekibine iletilir;
    • duyurularını aldığın dilleri ve her duyurunun sana ulaşıp ulaşmadığını.
    Kullanıcı adlarını ve mesajlarının kopyalarını saklamıyorum. Senin hakkında sakladığım her şeyi silmek için /forget gönder.
forget-confirm = Senin hakkında sakladığım her şeyi gerçekten silmemi istiyor musun? Bu işlem geri alınamaz.
forget-yes = Evet, hepsini sil
forget-no = Hayır, kalsın
forget-done = Tamam. Senin hakkında sakladığım her şeyi sildim ({ $count ->
        [one] bir kayıt
       *[other] { $count } kayıt
    }).
forget-kept = Peki, hiçbir şey silinmedi.
