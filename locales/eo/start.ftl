# The greeting and the main menu (/start).

start-greeting = Saluton! Mi estas Participate, la babilroboto de la strategio de la Vikimedia movado. Mi respondas demandojn pri la strategiaj konversacioj, montras al vi la peranton por via lingvo, kaj klarigas, kiel okazigi Strategian Salonon aŭ komenci propran diskuton. Elektu sube, aŭ simple tajpu vian demandon.
menu-faq = Demandoj kaj respondoj
menu-liaison = Mia peranto
menu-salon = Okazigi Strategian Salonon
menu-discuss = Komenci diskuton
menu-survey = Respondi la enketon
menu-volunteer = Volontuli
menu-events = Eventoj
menu-subscribe = Anoncoj
menu-language = Lingvo
menu-privacy = Privateco
menu-help = Helpo
