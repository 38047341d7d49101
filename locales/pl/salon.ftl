# How to host a Strategy Salon (/salon).

salon-info = Salony Strategiczne to spotkania na żywo, na których uznane organizacje afiliowane Wikimedia rozmawiają o strategii ruchu. Liderzy tych organizacji zbierają szerokie i zróżnicowane grono członków mieszkających w ich okolicy, żeby dogłębniej porozmawiać o jednym lub dwóch interesujących ich tematach strategii. Salony wzmacniają też relacje z członkami i pogłębiają ich zaangażowanie.
    Zainteresowanie jest duże: zatwierdzono 44 granty, z czego 12 na wydarzenia dla młodzieży.
    Jak złożyć wniosek i co zrobili inni: { $link }
