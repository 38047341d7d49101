# The greeting and the main menu (/start).

start-greeting = Hallo! Ich bin der Participate-Bot der Wikimedia-Bewegungsstrategie. Ich beantworte Fragen zu den Strategiegesprächen, nenne dir die Ansprechperson für deine Sprache und erkläre, wie du einen Strategie-Salon veranstaltest oder selbst eine Diskussion startest. Wähle unten etwas aus oder schreib einfach deine Frage.
menu-faq = Fragen und Antworten
menu-liaison = Meine Ansprechperson
menu-salon = Strategie-Salon veranstalten
menu-discuss = Diskussion starten
menu-survey = An der Umfrage teilnehmen
menu-volunteer = Als Ansprechperson melden
menu-events = Veranstaltungen
menu-subscribe = Ankündigungen
menu-language = Sprache
menu-privacy = Datenschutz
menu-help = Hilfe
