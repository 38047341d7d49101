# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = माफ़ कीजिए, मेरी तरफ़ कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें, या /help भेजें।
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = माफ़ कीजिए, मैं अभी कुछ भी सहेज नहीं पा रहा हूँ। आपने मुझे पहले जो कुछ बताया था, उसमें से कुछ भी खोया नहीं है; कृपया कुछ मिनट बाद फिर से कोशिश करें।
error-too-long = यह संदेश मेरे लिए बहुत लंबा है। कृपया ज़्यादा से ज़्यादा { $limit } अक्षर भेजें।
error-flood = आप बहुत तेज़ी से संदेश भेज रहे हैं। कृपया { $seconds ->
        [one] { $seconds } सेकंड
       *[other] { $seconds } सेकंड
    } रुकें और फिर से कोशिश करें।
error-button-expired = इस बटन की समय-सीमा ख़त्म हो गई है। नया मेन्यू पाने के लिए /start भेजें।
error-unsupported = मैं सिर्फ़ टेक्स्ट संदेश और बटन पढ़ सकता हूँ। मैं क्या-क्या कर सकता हूँ, यह देखने के लिए /help भेजें।
error-private-only = आपकी निजता की सुरक्षा के लिए { $command } सिर्फ़ मेरे साथ निजी चैट में काम करता है। कृपया निजी चैट खोलें और वहीं भेजें।
fallback = माफ़ कीजिए, मैं यह समझ नहीं पाया। मैं क्या-क्या कर सकता हूँ, यह देखने के लिए /help भेजें।
unknown-command = मैं { $command } कमांड नहीं जानता। मैं क्या-क्या कर सकता हूँ, यह देखने के लिए /help भेजें।
cancel-done = रोक दिया। अभी कुछ नहीं चल रहा है।
cancel-nothing = रद्द करने के लिए कुछ नहीं है।
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = निजी चैट खोलें
