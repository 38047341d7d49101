# What is stored (/privacy) and deleting it (/forget).

privacy-info = Senin hakkında neleri saklıyorum ve neden:
    • bu platformdaki kullanıcı kimliğini ve seçtiğin dili; böylece sana kendi dilinde yanıt verebiliyorum;
    • adım adım ilerleyen bir sohbette nerede kaldığını ve başka bir şey yapmak için bir kenara bıraktığın anketi; böylece daha sonra devam edebiliyorsun;
    • anket yanıtlarını; bunları kullanıcı kimliğinle değil, gizli bir anahtarla hesaplanan takma bir kimlikle saklıyorum;
    • irtibat sorumlusu olmaya gönüllü olursan grubunu, grubunun dilini ve verdiğin iletişim bilgisini; bunlar strateji ekibine iletilir;
    • duyurularını aldığın dilleri ve seni bekleyen ya da sana zaten gönderilmiş duyuruları;
    • /ask ile bir insana gönderdiğin soruları ve o sohbetin mesajlarını; böylece yanıtlar sana ulaşabiliyor (irtibat sorumluları sorunu ve dilini görür, kullanıcı kimliğini asla görmez);
    • /share ile paylaştığın tartışma sonuçlarını;
    • botu en son kullandığın günü; böylece aylık rapor her kişiyi bir kez sayıyor. Raporun kendisinde yalnızca gün ve dil başına sayılar bulunur.
    Bunların hepsini sen /forget gönderene kadar saklıyorum; /forget hepsini tek seferde siler, sana henüz gönderilmemiş duyurular da buna dahil. İrtibat sorumlusu olarak yazdığın duyurular ve etkinlikler kalır, ama artık kimin yazdığını göstermez; aylık sayılar da kalır, çünkü senin hakkında hiçbir şey içermezler. Kullanıcı adlarını ve diğer mesajlarının kopyalarını saklamıyorum{ $logged ->
        [yes] ; tek istisna, yanıtlayamadığım sorular ve yanıtı 👎 alan sorular: bunların metnini 30 gün boyunca, kullanıcı kimliğin ya da seni işaret eden başka hiçbir şey olmadan saklıyorum; böylece yanıtları yazan kişiler neyin eksik olduğunu görebiliyor.
       *[no] .
    }
forget-confirm = Senin hakkında sakladığım her şeyi gerçekten silmemi istiyor musun? Bu işlem geri alınamaz.
forget-yes = Evet, hepsini sil
forget-no = Hayır, kalsın
forget-done = Tamam. Senin hakkında sakladığım her şeyi sildim ({ $count ->
        [one] bir kayıt
       *[other] { $count } kayıt
    }).
forget-kept = Peki, hiçbir şey silinmedi.
