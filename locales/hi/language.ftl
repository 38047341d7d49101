# Choosing the language (/language).

language-choose = अपनी भाषा चुनें।
# Said in the new language right after the user chose it.
language-set = हो गया। अब से मैं आपसे हिन्दी में बात करूँगा।
language-unknown = मुझे भाषा कोड “{ $code }” की जानकारी नहीं है। कोई बटन चुनें, या इनमें से कोई कोड भेजें: { $codes }
