# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = Üzgünüm, benim tarafımda bir sorun oluştu. Lütfen tekrar dene ya da /help gönder.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = Üzgünüm, şu anda hiçbir şey kaydedemiyorum. Bana daha önce söylediklerinin hiçbiri kaybolmadı; lütfen birkaç dakika sonra tekrar dene.
error-too-long = Bu mesaj benim için çok uzun. Lütfen en fazla { $limit } karakter gönder.
error-flood = Çok hızlı mesaj gönderiyorsun. Lütfen { $seconds ->
        [one] bir saniye
       *[other] { $seconds } saniye
    } bekle ve tekrar dene.
error-button-expired = Bu düğmenin süresi doldu. Yeni bir menü için /start gönder.
error-unsupported = Yalnızca metin mesajlarını ve düğmeleri okuyabiliyorum. Neler yapabildiğimi görmek için /help gönder.
error-private-only = Gizliliğin için { $command } yalnızca benimle özel sohbette çalışır. Lütfen özel bir sohbet açıp komutu orada gönder.
fallback = Üzgünüm, bunu anlayamadım. Neler yapabildiğimi görmek için /help gönder.
unknown-command = { $command } komutunu tanımıyorum. Neler yapabildiğimi görmek için /help gönder.
cancel-done = Durdurdum. Şu anda çalışan bir şey yok.
cancel-nothing = İptal edilecek bir şey yok.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = Özel sohbet aç
