# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = अपने समूह के संगठनात्मक रणनीति समन्वयक बनने के लिए आगे आने का धन्यवाद! पहले सूची देखकर पता करें कि आपके समूह में पहले से कोई है या नहीं: { $list }
    आगे तीन छोटे सवाल हैं; /cancel भेजकर आप कभी भी रुक सकते हैं।
volunteer-group = आपके संगठित समूह का नाम क्या है (जैसे आपका सहयोगी संगठन या यूज़र ग्रुप)?
volunteer-language = आपका समूह ज़्यादातर किस भाषा में बात करता है?
volunteer-contact = रणनीति टीम आपसे कैसे संपर्क करे? जैसे मेटा-विकि पर आपका यूज़रनेम या कोई ईमेल पता।
volunteer-confirm = कृपया अपना पंजीकरण जाँच लें:
    समूह: { $group }
    भाषा: { $language }
    संपर्क: { $contact }
    क्या मैं इसे भेज दूँ?
volunteer-send = भेजें
volunteer-thanks = धन्यवाद! आपका पंजीकरण रणनीति टीम तक पहुँच गया है, और वे आपसे संपर्क करेंगे।
# Sent to the bot's admins, each in their own language.
volunteer-notify = संगठनात्मक रणनीति समन्वयक के लिए नया पंजीकरण:
    समूह: { $group }
    भाषा: { $language }
    संपर्क: { $contact }
    पंजीकरण का प्लेटफ़ॉर्म: { $platform }
