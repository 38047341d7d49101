# Choosing the language (/language).

language-choose = अपनी भाषा चुनें।
# Said in the new language right after the user chose it.
language-set = हो गया। अब से मैं आपसे हिन्दी में बात करूँगा।
language-unknown = मुझे भाषा कोड “{ $code }” की जानकारी नहीं है। कोई बटन चुनें, या इनमें से कोई कोड भेजें: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = हो गया। अब से इस ग्रुप में मैं हिन्दी में बात करूँगा।
language-group-admin-only = इस ग्रुप की भाषा सिर्फ़ इसके एडमिन बदल सकते हैं। अपनी भाषा चुनने के लिए मेरे साथ निजी चैट में /language भेजें।
