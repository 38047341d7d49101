# The greeting and the main menu (/start).

start-greeting = Hello! I am the Participate bot of the Wikimedia movement strategy. I answer questions about the strategy conversations, point you to the liaison for your language, and explain how to host a Strategy Salon or start a discussion of your own. Choose below, or simply type your question.
menu-faq = Questions and answers
menu-liaison = My liaison
menu-salon = Host a Strategy Salon
menu-discuss = Start a discussion
menu-survey = Take the survey
menu-volunteer = Volunteer
menu-events = Events
menu-subscribe = Announcements
menu-language = Language
menu-privacy = Privacy
menu-help = Help
