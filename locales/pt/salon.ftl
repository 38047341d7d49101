# How to host a Strategy Salon (/salon).

salon-info = Os Salões de Estratégia (Strategy Salons) são encontros presenciais em que afiliados reconhecidos da Wikimedia debatem a estratégia do movimento. Os responsáveis dos afiliados reúnem membros muito diversos que vivem na sua zona para conversas mais aprofundadas sobre um ou dois temas da estratégia que lhes interessem. Os salões também reforçam as relações e aprofundam o envolvimento dos membros.
    O interesse é grande: foram aprovados 44 subsídios, 12 dos quais para eventos dirigidos a jovens.
    Como fazer a candidatura e o que outros grupos já fizeram: { $link }
