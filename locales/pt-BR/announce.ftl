# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = Só Contatos Estratégicos e administradores podem enviar anúncios.
announce-ask-language = Para os inscritos de qual idioma o anúncio deve ir?
announce-all = Todos os meus idiomas
announce-ask-text = Escreva o anúncio, com no máximo { $limit } caracteres.
announce-ask-link = Quer adicionar um link? Envie o link (começando com https://) ou toque em “Pular”.
announce-bad-link = Isso não é um link começando com https://. Envie um link ou toque em “Pular”.
announce-preview = Prévia:

    { $text }

    O anúncio vai chegar a { $people ->
        [one] { $people } pessoa
       *[other] { $people } pessoas
    } e a { $channels ->
        [one] { $channels } canal ou grupo
       *[other] { $channels } canais ou grupos
    } (Telegram { $telegram }, Discord { $discord }). Enviar agora?
announce-send = Enviar agora
announce-cancel = Cancelar
announce-queued = Seu anúncio está a caminho de { $count ->
        [one] { $count } destinatário
       *[other] { $count } destinatários
    }.
announce-cancelled = O anúncio não foi enviado.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = Anúncio da equipe da estratégia do movimento:

    { $text }
    { $link }
