# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = Estes são os temas sobre os quais posso responder. Escolhe um ou escreve a tua pergunta por palavras tuas.
faq-no-match = Não encontrei resposta para isso. Estes são os temas que conheço. Para tudo o resto, o teu Contacto Estratégico pode ajudar: envia /liaison.
faq-more = Outras perguntas
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = Não tenho a certeza de a qual destes temas te referes. Escolhe um ou volta a perguntar por outras palavras.
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 Foi útil
faq-unhelpful = 👎 Não foi útil
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = Só os Contactos Estratégicos e os administradores podem ver as perguntas que as pessoas fizeram.
unanswered-none = Nos últimos 30 dias, nenhuma pergunta em { $languages } ficou sem resposta nem recebeu um 👎.
unanswered-list = Perguntas em { $languages } dos últimos 30 dias a que não consegui responder, ou cuja resposta recebeu um 👎 ({ $count ->
        [one] a mais recente
       *[other] as { $count } mais recentes
    }):
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language }: { $question }
unanswered-line-unhelpful = • { $language }: { $question } (👎 em «{ $topic }»)

faq-salon-what-title = O que é um Salão de Estratégia?
faq-salon-what-answer = Um Salão de Estratégia (Strategy Salon) é um encontro presencial, organizado por um afiliado reconhecido da Wikimedia, para debater a estratégia do movimento. Os responsáveis do afiliado reúnem membros muito diversos que vivem na sua zona para conversas mais aprofundadas sobre um ou dois temas da estratégia que lhes interessem. Só os afiliados reconhecidos podem organizar um; envia /salon para saberes como.
faq-salon-what-keywords = salão, salao, salões, saloes, salão de estratégia, strategy salon, encontro, reunião, reuniao, meetup, presencial, pessoalmente, ao vivo, cara a cara, acolher, realizar um salão, anfitri, afiliad, capítulo, capitulo, grupo de utilizadores, evento local

faq-salon-grants-title = Quantos subsídios para Salões de Estratégia foram atribuídos?
faq-salon-grants-answer = O interesse é grande e muitos afiliados candidataram-se: ao todo, foram aprovados 44 subsídios para Salões de Estratégia, 12 dos quais para eventos dirigidos a jovens.
faq-salon-grants-keywords = subsídio, subsidio, subvenç, subvenc, bolsa, financiamento, financiad, verba, dinheiro, orçamento, orcamento, aprovad, aprovaç, atribuíd, atribuid, candidatura, quantos, quantas, número, numero, jovens, juventude, juvenil, 44, 12

faq-csl-title = Quem são os Contactos Estratégicos Comunitários?
faq-csl-answer = Os Contactos Estratégicos Comunitários foram contratados para orientar as conversas sobre a estratégia na wiki e nas redes sociais de sete comunidades linguísticas: mandarim, hindi, árabe, alemão, português, francês e espanhol. Envia /liaison para encontrares o da tua língua.
faq-csl-keywords = contacto estratégico, contactos estratégicos, contacto estrategico, contacto comunitário, liaison, csl, contratad, coordenador, dinamizador, mandarim, chinês, chines, hindi, árabe, arabe, alemão, alemao, português, portugues, francês, frances, espanhol, sete línguas, quais línguas, da minha língua, lusófon

faq-osl-title = O que é um Contacto Estratégico Organizacional?
faq-osl-answer = Os Contactos Estratégicos Organizacionais são voluntários que orientam as conversas sobre a estratégia dentro de grupos organizados, como os afiliados e outros grupos do movimento. Consulta a lista para veres se o teu grupo já tem um: { $link }
faq-osl-keywords = organizacional, organizacionais, contacto organizacional, osl, organizaç, organizac, grupo organizado, grupos organizados, dentro do meu grupo, no meu grupo, o nosso grupo, lista de contactos, associaç, associac, entidade, coletivo, já tem um, ja tem um

faq-volunteer-title = Como posso ser voluntário como Contacto Estratégico do meu grupo?
faq-volunteer-answer = Se o teu grupo organizado ainda não tem um Contacto Estratégico Organizacional, podes oferecer-te como voluntário. Primeiro, consulta a lista para veres se o teu grupo já tem um; depois, inscreve-te aqui: { $link }
faq-volunteer-keywords = voluntári, voluntari, oferecer-me, ofereço-me, inscrev, inscriç, inscric, registar-me, tornar-me, passar a ser, ser contacto, ser o contacto, representar, representante, quero ser, ajudar o meu grupo, contacto do meu grupo, pelo meu grupo, como contacto, dar uma mão, assumir, disponibilizar

faq-join-title = Como posso participar nas discussões que já existem?
faq-join-answer = As conversas decorrem dentro de grupos organizados e de comunidades linguísticas, em muitas línguas. Descobre quais são os canais preferidos do teu grupo ou da tua comunidade linguística; os Contactos Estratégicos orientam estas conversas na wiki e nas redes sociais. Envia /liaison para encontrares o teu.
faq-join-keywords = participar, particip, juntar-me, juntar me, aderir, fazer parte, entrar nas discussões, discussões existentes, em curso, a decorrer, canal, canais, grupo do telegram, telegram, redes sociais, na wiki, página de discussão, esplanada, envolv

faq-start-title = Como posso iniciar uma discussão por minha conta?
faq-start-answer = Se não vês nenhuma discussão sobre o teu tema ou no canal onde és mais ativo, começa uma por tua conta: usa o Kit de Ferramentas para Conversas na Comunidade como guia, traduz os documentos de enquadramento para a tua língua e partilha os resultados com o Especialista em Relações Comunitárias ou com um Contacto Estratégico Comunitário. Envia /discuss para receberes as ligações.
faq-start-keywords = iniciar, começar, comecar, lançar, lancar, abrir uma discussão, criar uma discussão, a minha própria, minha propria, por minha conta, sozinho, sozinha, eu próprio, eu própria, nova discussão, organizar uma conversa, dinamizar, conduzir uma conversa, moderar

faq-toolkit-title = O que é o Kit de Ferramentas para Conversas na Comunidade?
faq-toolkit-answer = O Kit de Ferramentas para Conversas na Comunidade (Community Conversations Toolkit) é um guia para quem quer iniciar conversas sobre a estratégia na sua própria comunidade: como preparar, conduzir e relatar uma discussão. Encontras o kit aqui: { $link }
faq-toolkit-keywords = kit, kit de ferramentas, toolkit, ferramenta, guia, guião, guiao, manual, tutorial, passo a passo, material, materiais, recursos, modelo, como conduzir, como preparar, como relatar

faq-translate-title = Como posso traduzir os documentos de enquadramento?
faq-translate-answer = Os documentos de enquadramento descrevem os temas das conversas sobre a estratégia. Traduzi-los para a tua língua ajuda a tua comunidade a participar. Os documentos e como traduzi-los: { $link }
faq-translate-keywords = tradu, tradutor, documentos de enquadramento, documento de enquadramento, enquadramento, scoping, documento, documentos, para a minha língua, para português, para portugues, localiz, versão portuguesa, versao portuguesa, língua local

faq-starters-title = O que são os Iniciadores de Conversa?
faq-starters-answer = Iniciadores de Conversa: Fatores de Mudança (Conversation Starters: Drivers) é um guia de discussão, em formato de apresentação, que propõe novas formas de ajudar as comunidades a pensar sobre a estratégia. Alguns dos diapositivos são explicados numa página à parte. O guia: { $link }
faq-starters-keywords = iniciadores, iniciador de conversa, conversation starters, starters, fatores de mudança, factores, fatores, drivers, apresentaç, apresentac, diapositivo, slides, slide, guia de discussão, quebra-gelo, quebra gelo, pontos de partida

faq-survey-title = Como posso dar a minha opinião no inquérito?
faq-survey-answer = O inquérito permite-te partilhar a tua opinião diretamente com a equipa da estratégia. Envia /survey para responderes aqui mesmo na conversa, ou abre-o na web: { $link }
faq-survey-keywords = inquérito, inquerito, questionário, questionario, formulário, formulario, opinião, opiniao, feedback, comentários, avaliaç, sondagem, dar a minha opinião, o meu ponto de vista, o que penso, responder, sugestão, sugestao

faq-phase-title = Quando começa a próxima fase?
faq-phase-answer = A próxima fase das conversas na comunidade começa em janeiro.
faq-phase-keywords = próxima fase, proxima fase, fase, etapa, ronda, quando, janeiro, data, datas, calendário, calendario, cronograma, prazo, próximo passo, próximos passos, continua, continuar, em breve, arranque

faq-reports-title = Onde posso ler os relatórios dos eventos e os relatórios mensais?
faq-reports-answer = Os relatórios dos eventos da comunidade de junho a setembro de 2019, bem como os relatórios mensais, estão reunidos na página Participa (Participate): { $link }
faq-reports-keywords = relatório, relatorio, mensal, mensais, relatório mensal, relatório de evento, resultados dos eventos, resumo, ata, acta, balanço, balanco, junho, setembro, 2019, o que aconteceu, ler sobre

faq-support-title = Quem me pode ajudar ou receber os resultados da nossa discussão?
faq-support-answer = O Especialista em Relações Comunitárias e os Contactos Estratégicos Comunitários apoiam quem organiza discussões e recolhem os resultados. Partilha os teus resultados com eles ou pede-lhes ajuda. Envia /liaison para encontrares o teu contacto.
faq-support-keywords = ajuda, apoio, suporte, contactar, falar com, e-mail, email, a quem, quem pode, perguntar a alguém, especialista, relações comunitárias, relacoes comunitarias, partilhar resultados, enviar resultados, resultados, pessoa, responsável, responsavel

faq-faqpage-title = Onde estão as perguntas frequentes completas sobre as conversas na comunidade?
faq-faqpage-answer = A página de perguntas frequentes (FAQ) tem uma secção dedicada às conversas na comunidade, com respostas às dúvidas mais comuns: { $link }
faq-faqpage-keywords = faq, perguntas frequentes, frequentes, completas, perguntas mais frequentes, página de perguntas, faq completas, mais perguntas, outras perguntas, todas as perguntas, dúvidas, duvidas, respostas, documentação, documentacao, mais informações, mais informacoes, saber mais, perguntas e respostas
