# How to start a discussion of your own (/discuss).

discuss-info = Não encontrou nenhuma discussão sobre o seu tema, ou no canal onde você é mais ativo? Comece uma por conta própria:
    • Use o Kit de Ferramentas para Conversas Comunitárias (Community Conversations Toolkit) como guia: { $toolkit }
    • Traduza os documentos de escopo para o seu idioma: { $scoping }
    • Experimente os Iniciadores de Conversa (Conversation Starters), um guia de discussão sobre os fatores de mudança: { $starters }
    • Para receber apoio e compartilhar os resultados da sua discussão, fale com o Especialista em Relações Comunitárias ou com um Contato Estratégico Comunitário (/liaison).
