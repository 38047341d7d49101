# How to host a Strategy Salon (/salon).

salon-info = Strategisaloner er fysiske møder, hvor anerkendte Wikimedia-affilierede organisationer diskuterer bevægelsens strategi. Organisationernes ledere samler en bred blanding af medlemmer fra deres område til dybere samtaler om et eller to strategitemaer, som interesserer dem. Salonerne styrker også relationerne til medlemmerne og deres engagement.
    Interessen er stor: 44 tilskud er blevet godkendt, heraf 12 til ungdomsarrangementer.
    Sådan søger du, og det har andre gjort: { $link }
