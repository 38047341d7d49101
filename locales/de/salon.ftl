# How to host a Strategy Salon (/salon).

salon-info = Strategie-Salons sind persönliche Treffen, bei denen anerkannte Wikimedia-Organisationen (Affiliates) über die Bewegungsstrategie sprechen. Die Verantwortlichen bringen eine breit gemischte Gruppe von Mitgliedern aus ihrer Region zusammen, um ein oder zwei Strategiethemen, die sie interessieren, gründlicher zu besprechen. Die Salons stärken außerdem die Beziehungen zu den Mitgliedern und vertiefen ihr Engagement.
    Das Interesse ist groß: 44 Förderungen wurden bewilligt, 12 davon für Jugendveranstaltungen.
    So bewirbst du dich, und das haben andere schon gemacht: { $link }
