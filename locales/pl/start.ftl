# The greeting and the main menu (/start).

start-greeting = Cześć! Jestem botem Participate, działającym w ramach strategii ruchu Wikimedia. Odpowiadam na pytania o rozmowy na temat strategii, wskazuję łącznika dla twojego języka i wyjaśniam, jak zorganizować Salon Strategiczny albo samodzielnie rozpocząć dyskusję. Wybierz coś poniżej albo po prostu wpisz swoje pytanie.
menu-faq = Pytania i odpowiedzi
menu-liaison = Mój łącznik
menu-salon = Zorganizuj Salon Strategiczny
menu-discuss = Rozpocznij dyskusję
menu-survey = Wypełnij ankietę
menu-volunteer = Zgłoś się na łącznika
menu-events = Wydarzenia
menu-subscribe = Ogłoszenia
menu-language = Język
menu-privacy = Prywatność
menu-help = Pomoc
