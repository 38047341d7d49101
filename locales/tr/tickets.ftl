# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 Bir insana sor
ask-intro = Bir insana sormak istediğin soruyu yaz. Soru { $language } irtibat sorumlularına (yoksa strateji ekibine) gider; sana burada, bu sohbette yanıt verirler.
ask-question = Ne sormak istersin?
ask-contact = İstersen sana başka nasıl ulaşabileceklerini de ekle (örneğin Meta-Wiki'deki kullanıcı adın). Bunun dışında irtibat sorumlusu kim olduğunu göremez. Anonim kalmak için Atla'ya bas.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = Sorun #{ $ticket } numaralı talep olarak kaydedildi. { $to ->
        [liaison] { $language } irtibat sorumluları soruyu aldı
       *[team] Strateji ekibi soruyu aldı
    } ve sana burada yanıt verecek. Onların yanıtına cevap vererek daha fazlasını yazabilirsin.
ask-too-many = Yanıt bekleyen { $most } açık talebin zaten var. Lütfen bir yanıt bekle ya da çözülmüş olanlardan birini kapat.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 Talep #{ $ticket } · { $language }
    { $question }

    Bu mesajı yanıtla, Yanıtla'ya bas ya da /reply { $ticket } yazıp ardından yanıtını ekle.
ticket-new-contact = 🎫 Talep #{ $ticket } · { $language }
    { $question }

    Verilen iletişim bilgisi: { $contact }
    Bu mesajı yanıtla, Yanıtla'ya bas ya da /reply { $ticket } yazıp ardından yanıtını ekle.
ticket-followup = 🎫 Talep #{ $ticket } · { $language } · üye yazıyor:
    { $text }
# What the member receives.
ticket-answer = 💬 #{ $ticket } numaralı soruna gelen yanıt:
    { $text }

    Karşılık vermek için bu mesajı yanıtla ya da Cevap yaz'a bas.
ticket-closed = #{ $ticket } numaralı talebin kapatıldı. Teşekkürler! Yeni bir soru için /ask gönder.

ticket-button-answer = ✎ Yanıtla
ticket-button-reply = ✎ Cevap yaz
ticket-button-claim = Üstlen
ticket-button-close = Kapat
ticket-button-solved = ✓ Çözüldü
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = #{ $ticket } için mesajını yaz:
ticket-sent = #{ $ticket } numaralı talebe gönderildi.
ticket-gone = #{ $ticket } numaralı talep kapatılmış ya da yok.
ticket-not-yours = #{ $ticket } numaralı talebe yazamazsın: başka bir dile ait.
ticket-claimed = #{ $ticket } numaralı talebi üstlendin: üyenin sonraki mesajları sana gelecek.
ticket-claimed-other = #{ $ticket } numaralı talebi başka bir irtibat sorumlusu zaten üstlendi.
ticket-closed-done = #{ $ticket } numaralı talep kapatıldı.
reply-usage = /reply, talep numarasını ve yanıtını yaz, örneğin: /reply 12 Sorduğun için teşekkürler!

tickets-not-allowed = Talepleri yalnızca irtibat sorumluları ve yöneticiler görebilir.
tickets-none = { $languages } için açık soru yok.
tickets-list = { $languages } için açık sorular ({ $count }):
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] sende
        [claimed] üstlenildi
       *[open] açık
    } · { $question }
