# The greeting and the main menu (/start).

start-greeting = Salut! Sunt botul Participate al strategiei mișcării Wikimedia. Răspund la întrebări despre conversațiile privind strategia, îți spun cine e coordonatorul pentru limba ta și îți explic cum să organizezi un Salon de strategie sau să pornești propria discuție. Alege mai jos sau scrie pur și simplu întrebarea ta.
menu-faq = Întrebări și răspunsuri
menu-liaison = Coordonatorul meu
menu-salon = Organizează un Salon de strategie
menu-discuss = Pornește o discuție
menu-survey = Completează sondajul
menu-volunteer = Oferă-te voluntar
menu-events = Evenimente
menu-subscribe = Anunțuri
menu-language = Limba
menu-privacy = Confidențialitate
menu-help = Ajutor
