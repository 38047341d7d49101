# The greeting and the main menu (/start).

start-greeting = Hej! Jeg er Participate-botten for Wikimedia-bevægelsens strategi. Jeg svarer på spørgsmål om strategisamtalerne, henviser dig til kontaktpersonen for dit sprog og forklarer, hvordan du holder en strategisalon eller selv starter en diskussion. Vælg herunder, eller skriv bare dit spørgsmål.
menu-faq = Spørgsmål og svar
menu-liaison = Min kontaktperson
menu-salon = Hold en strategisalon
menu-discuss = Start en diskussion
menu-survey = Besvar spørgeskemaet
menu-volunteer = Meld dig som kontaktperson
menu-events = Begivenheder
menu-subscribe = Meddelelser
menu-language = Sprog
menu-privacy = Privatliv
menu-help = Hjælp
