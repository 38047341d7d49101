# The greeting and the main menu (/start).

start-greeting = Halo! Saya bot Participate untuk strategi gerakan Wikimedia. Saya menjawab pertanyaan tentang diskusi strategi, menunjukkan penghubung untuk bahasa Anda, dan menjelaskan cara menyelenggarakan Salon Strategi atau memulai diskusi sendiri. Silakan pilih di bawah, atau langsung ketik pertanyaan Anda.
menu-faq = Tanya jawab
menu-liaison = Penghubung saya
menu-salon = Selenggarakan Salon Strategi
menu-discuss = Mulai diskusi
menu-survey = Isi survei
menu-volunteer = Jadi relawan
menu-events = Acara
menu-subscribe = Pengumuman
menu-language = Bahasa
menu-privacy = Privasi
menu-help = Bantuan
