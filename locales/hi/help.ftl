# The command list (/help) and the short description of each command.

help-text = मैं ये काम कर सकता हूँ:

    { $commands }

    निजी चैट में आप सीधे अपना सवाल भी लिख सकते हैं।
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = शुरू करें और मेन्यू देखें
cmd-help = मैं क्या कर सकता हूँ
cmd-language = अपनी भाषा चुनें
cmd-faq = सवाल और जवाब
cmd-survey = सर्वेक्षण में भाग लें
cmd-volunteer = अपने समूह के समन्वयक बनने के लिए आगे आएँ
cmd-results = सर्वेक्षण के नतीजे (समन्वयकों और एडमिन के लिए)
cmd-liaison = अपनी भाषा के समन्वयक को खोजें
cmd-salon = रणनीति सैलून कैसे आयोजित करें
cmd-discuss = अपनी चर्चा ख़ुद कैसे शुरू करें
cmd-privacy = मैं आपके बारे में क्या सहेजता हूँ
cmd-forget = आपके बारे में सहेजी गई सारी जानकारी मिटाएँ
cmd-cancel = जो चल रहा है, उसे रोकें
