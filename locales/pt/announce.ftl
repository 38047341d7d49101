# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = Só os Contactos Estratégicos e os administradores podem enviar anúncios.
announce-ask-language = A que subscritores deve chegar o anúncio? Escolhe a língua deles.
announce-all = Todas as minhas línguas
announce-ask-text = Escreve o anúncio, com no máximo { $limit } caracteres.
announce-ask-link = Queres adicionar um link? Envia-o (a começar por https://) ou carrega em «Saltar».
announce-bad-link = Isso não é um link que comece por https://. Envia um link ou carrega em «Saltar».
announce-preview = Pré-visualização:

    { $text }

    Vai chegar a { $people ->
        [one] { $people } pessoa
       *[other] { $people } pessoas
    } e a { $channels ->
        [one] { $channels } canal ou grupo
       *[other] { $channels } canais ou grupos
    } (Telegram { $telegram }, Discord { $discord }). Queres enviá-lo agora?
announce-send = Enviar agora
announce-cancel = Cancelar
announce-queued = O teu anúncio está a caminho de { $count ->
        [one] { $count } destinatário
       *[other] { $count } destinatários
    }.
announce-cancelled = O anúncio não foi enviado.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = Anúncio da equipa da estratégia do movimento:

    { $text }
    { $link }
