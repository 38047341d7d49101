# How to host a Strategy Salon (/salon).

salon-info = Salon Strategi (Strategy Salon) adalah pertemuan tatap muka tempat afiliasi Wikimedia yang diakui membahas strategi gerakan. Para pengurus afiliasi mengumpulkan beragam anggota yang tinggal di daerah mereka untuk berdiskusi lebih mendalam tentang satu atau dua tema strategi yang mereka minati. Salon juga mempererat hubungan dan memperdalam keterlibatan para anggota.
    Minatnya tinggi: 44 hibah telah disetujui, 12 di antaranya untuk acara kaum muda.
    Cara mengajukan dan apa yang sudah dilakukan pihak lain: { $link }
