# How to start a discussion of your own (/discuss).

discuss-info = Não há nenhuma discussão sobre o teu tema, ou no canal onde és mais ativo? Começa uma por tua conta:
    • Usa o Kit de Ferramentas para Conversas na Comunidade (Community Conversations Toolkit) como guia: { $toolkit }
    • Traduz os documentos de enquadramento para a tua língua: { $scoping }
    • Experimenta os Iniciadores de Conversa (Conversation Starters), um guia de discussão sobre os fatores de mudança: { $starters }
    • Para teres apoio e partilhares os resultados da tua discussão, contacta o Especialista em Relações Comunitárias ou um Contacto Estratégico Comunitário (/liaison).
