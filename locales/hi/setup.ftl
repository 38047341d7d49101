# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = हो गया। इस सर्वर पर मैं हिन्दी में बात करूँगा, और घोषणाएँ { $channel } में भेजी जाएँगी।
setup-not-allowed = इस सर्वर को सिर्फ़ वही सदस्य सेट अप कर सकते हैं जिन्हें इसे मैनेज करने की अनुमति है।
setup-server-only = यह कमांड सर्वर सेट अप करने के लिए है, इसलिए यह सिर्फ़ किसी सर्वर में ही काम करता है।
setup-bad-language = मुझे भाषा कोड “{ $code }” की जानकारी नहीं है। इनमें से कोई एक इस्तेमाल करें: { $codes }
