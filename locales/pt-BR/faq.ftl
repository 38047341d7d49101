# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = Estes são os temas sobre os quais eu posso responder. Escolha um ou digite sua pergunta com suas próprias palavras.
faq-no-match = Não encontrei uma resposta para isso. Estes são os temas que eu conheço. Para qualquer outra coisa, seu Contato Estratégico pode ajudar: envie /liaison.
faq-more = Outras perguntas
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = Não sei ao certo a qual destes temas você se refere. Escolha um ou pergunte de novo com outras palavras.
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 Foi útil
faq-unhelpful = 👎 Não foi útil
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = Só Contatos Estratégicos e administradores podem ver as perguntas que as pessoas fizeram.
unanswered-none = Nos últimos 30 dias, nenhuma pergunta em { $languages } ficou sem resposta ou recebeu um 👎.
unanswered-list = Perguntas em { $languages } dos últimos 30 dias que eu não consegui responder, ou cuja resposta recebeu um 👎 (mais recentes: { $count }):
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language }: { $question }
unanswered-line-unhelpful = • { $language }: { $question } (👎 em “{ $topic }”)

faq-salon-what-title = O que é um Salão de Estratégia?
faq-salon-what-answer = Um Salão de Estratégia (Strategy Salon) é um encontro presencial, organizado por um afiliado reconhecido da Wikimedia, para discutir a estratégia do movimento. Os líderes do afiliado reúnem membros bem diversos que moram na sua região para conversas mais profundas sobre um ou dois temas da estratégia que os interessam. Só afiliados reconhecidos podem organizar um; envie /salon para saber como.
faq-salon-what-keywords = salão, salao, salões, saloes, salão de estratégia, strategy salon, encontro, reunião, reuniao, meetup, presencial, pessoalmente, ao vivo, cara a cara, sediar, anfitri, afiliad, capítulo, capitulo, grupo de usuários, grupo de usuarios, evento local

faq-salon-grants-title = Quantos subsídios para Salões de Estratégia foram concedidos?
faq-salon-grants-answer = O interesse é grande e muitos afiliados se candidataram: ao todo, 44 subsídios para Salões de Estratégia foram aprovados, e 12 deles são para eventos voltados à juventude.
faq-salon-grants-keywords = subsídio, subsidio, bolsa, financiamento, financiad, verba, dinheiro, orçamento, orcamento, aprovad, aprovaç, aprovac, concedid, candidatura, pedido de apoio, quantos, quantas, número, numero, jovens, juventude, juvenil, 44, 12, grant

faq-csl-title = Quem são os Contatos Estratégicos Comunitários?
faq-csl-answer = Os Contatos Estratégicos Comunitários foram contratados para conduzir as conversas sobre a estratégia nas wikis e nas redes sociais de sete comunidades linguísticas: mandarim, híndi, árabe, alemão, português, francês e espanhol. Envie /liaison para encontrar o do seu idioma.
faq-csl-keywords = contato estratégico, contatos estratégicos, contato estrategico, contato comunitário, liaison, csl, contratad, coordenador, facilitador, mandarim, chinês, chines, híndi, hindi, árabe, arabe, alemão, alemao, português, portugues, francês, frances, espanhol, sete idiomas, quais idiomas, do meu idioma, lusófon

faq-osl-title = O que é um Contato Estratégico Organizacional?
faq-osl-answer = Os Contatos Estratégicos Organizacionais são voluntários que conduzem as conversas sobre a estratégia dentro de grupos organizados, como os afiliados e outros grupos do movimento. Consulte a lista para ver se o seu grupo já tem um: { $link }
faq-osl-keywords = organizacional, organizacionais, contato organizacional, osl, organizaç, organizac, grupo organizado, grupos organizados, dentro do meu grupo, no meu grupo, nosso grupo, lista de contatos, associaç, associac, entidade, coletivo, já tem um, ja tem um

faq-volunteer-title = Como posso ser voluntário como Contato Estratégico do meu grupo?
faq-volunteer-answer = Se o seu grupo organizado ainda não tem um Contato Estratégico Organizacional, você pode se oferecer como voluntário. Primeiro, consulte a lista para ver se o seu grupo já tem um; depois, inscreva-se aqui: { $link }
faq-volunteer-keywords = voluntári, voluntari, me oferecer, me inscrever, inscriç, inscric, inscrev, cadastr, me tornar, virar contato, ser contato, ser o contato, representar, representante, quero ser, ajudar meu grupo, contato do meu grupo, pelo meu grupo, como contato, dar uma mão, assumir, me dispor

faq-join-title = Como posso participar das discussões que já existem?
faq-join-answer = As conversas acontecem dentro de grupos organizados e comunidades linguísticas, em muitos idiomas. Descubra quais são os canais preferidos do seu grupo ou da sua comunidade linguística; os Contatos Estratégicos conduzem essas conversas nas wikis e nas redes sociais. Envie /liaison para encontrar o seu.
faq-join-keywords = participar, particip, me juntar, juntar-me, entrar na discussão, entrar nas discussões, fazer parte, discussões existentes, em andamento, rolando, canal, canais, grupo do telegram, telegram, redes sociais, na wiki, página de discussão, esplanada, envolv

faq-start-title = Como posso iniciar uma discussão por conta própria?
faq-start-answer = Se você não encontra uma discussão sobre o seu tema ou no canal onde é mais ativo, comece uma por conta própria: use o Kit de Ferramentas para Conversas Comunitárias como guia, traduza os documentos de escopo para o seu idioma e compartilhe os resultados com o Especialista em Relações Comunitárias ou com um Contato Estratégico Comunitário. Envie /discuss para receber os links.
faq-start-keywords = iniciar, começar, comecar, abrir uma discussão, criar uma discussão, lançar, lancar, minha própria, minha propria, por conta própria, por conta propria, sozinho, sozinha, eu mesmo, eu mesma, nova discussão, organizar uma conversa, puxar uma conversa, puxar assunto, conduzir uma conversa, mediar

faq-toolkit-title = O que é o Kit de Ferramentas para Conversas Comunitárias?
faq-toolkit-answer = O Kit de Ferramentas para Conversas Comunitárias (Community Conversations Toolkit) é um guia para quem quer iniciar conversas sobre a estratégia na sua própria comunidade: como preparar, conduzir e relatar uma discussão. Ele está aqui: { $link }
faq-toolkit-keywords = kit, kit de ferramentas, toolkit, ferramenta, guia, manual, tutorial, passo a passo, material, materiais, recursos, modelo, roteiro, como conduzir, como preparar, como relatar

faq-translate-title = Como posso traduzir os documentos de escopo?
faq-translate-answer = Os documentos de escopo descrevem os temas das conversas sobre a estratégia. Traduzi-los para o seu idioma ajuda sua comunidade a participar. Os documentos e como traduzi-los: { $link }
faq-translate-keywords = tradu, tradutor, documentos de escopo, documento de escopo, escopo, scoping, documento, documentos, para o meu idioma, para o português, para o portugues, localiz, versão em português, versao em portugues, idioma local

faq-starters-title = O que são os Iniciadores de Conversa?
faq-starters-answer = Iniciadores de Conversa: Fatores de Mudança (Conversation Starters: Drivers) é um guia de discussão, em forma de apresentação, que oferece novas maneiras de ajudar as comunidades a pensar sobre a estratégia. Alguns dos slides são explicados em uma página separada. O guia: { $link }
faq-starters-keywords = iniciadores, iniciador de conversa, conversation starters, starters, fatores de mudança, fatores de mudanca, fatores, drivers, apresentaç, apresentac, slides, slide, guia de discussão, quebra-gelo, quebra gelo, perguntas disparadoras, disparador

faq-survey-title = Como posso dar minha opinião na pesquisa?
faq-survey-answer = A pesquisa permite que você envie sua opinião diretamente para a equipe da estratégia. Envie /survey para responder aqui mesmo no chat ou abra a pesquisa na web: { $link }
faq-survey-keywords = pesquisa, questionário, questionario, formulário, formulario, opinião, opiniao, feedback, retorno, avaliaç, enquete, sondagem, dar minha opinião, meu ponto de vista, o que eu penso, responder, sugestão, sugestao

faq-phase-title = Quando começa a próxima fase?
faq-phase-answer = A próxima fase das conversas comunitárias vai começar em janeiro.
faq-phase-keywords = próxima fase, proxima fase, fase, etapa, rodada, quando, janeiro, data, datas, cronograma, calendário, calendario, prazo, próximo passo, próximos passos, proximo passo, continua, continuar, em breve

faq-reports-title = Onde posso ler os relatórios dos eventos e os relatórios mensais?
faq-reports-answer = Os relatórios dos eventos comunitários de junho a setembro de 2019 e os relatórios mensais estão reunidos na página Participe (Participate): { $link }
faq-reports-keywords = relatório, relatorio, mensal, mensais, relatório mensal, relatório de evento, resultados dos eventos, resumo, ata, atas, balanço, balanco, junho, setembro, 2019, o que aconteceu, ler sobre

faq-support-title = Quem pode me ajudar ou receber os resultados da nossa discussão?
faq-support-answer = O Especialista em Relações Comunitárias e os Contatos Estratégicos Comunitários apoiam quem organiza discussões e reúnem os resultados. Compartilhe seus resultados com eles ou peça ajuda. Envie /liaison para encontrar seu contato.
faq-support-keywords = ajuda, me ajudar, apoio, suporte, entrar em contato, falar com, e-mail, email, a quem, quem pode, perguntar a alguém, especialista, relações comunitárias, relacoes comunitarias, compartilhar resultados, enviar resultados, resultados, pessoa, responsável, responsavel

faq-faqpage-title = Onde está o FAQ completo sobre as conversas comunitárias?
faq-faqpage-answer = A página de perguntas frequentes (FAQ) tem uma seção dedicada às conversas comunitárias, com respostas às dúvidas mais comuns: { $link }
faq-faqpage-keywords = faq, perguntas frequentes, frequentes, completo, perguntas mais frequentes, página de perguntas, faq completo, mais perguntas, outras perguntas, todas as perguntas, dúvidas, duvidas, respostas, documentação, documentacao, mais informações, mais informacoes, saber mais, perguntas e respostas
