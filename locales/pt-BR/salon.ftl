# How to host a Strategy Salon (/salon).

salon-info = Os Salões de Estratégia (Strategy Salons) são encontros presenciais em que afiliados reconhecidos da Wikimedia discutem a estratégia do movimento. Os líderes dos afiliados reúnem membros bem diversos que moram na sua região para conversas mais profundas sobre um ou dois temas da estratégia que os interessam. Os salões também fortalecem os laços e aprofundam o engajamento dos membros.
    O interesse é grande: 44 subsídios foram aprovados, 12 deles para eventos voltados à juventude.
    Como se candidatar e o que outros grupos já fizeram: { $link }
