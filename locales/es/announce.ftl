# Announcements by liaisons and admins (/announce), and how they reach subscribers.

announce-not-allowed = Solo los enlaces y los administradores pueden enviar anuncios.
announce-ask-language = ¿A los suscriptores de qué idioma quieres enviar el anuncio?
announce-all = Todos mis idiomas
announce-ask-text = Escribe el anuncio, con un máximo de { $limit } caracteres.
announce-ask-link = ¿Quieres añadir un enlace web? Envíalo (debe empezar por https://) o pulsa «Saltar».
announce-bad-link = Eso no es un enlace que empiece por https://. Envía un enlace o pulsa «Saltar».
announce-preview = Vista previa:

    { $text }

    Llegará a { $people ->
        [one] una persona
       *[other] { $people } personas
    } y a { $channels ->
        [one] un canal o grupo
       *[other] { $channels } canales o grupos
    } (Telegram { $telegram }, Discord { $discord }). ¿Lo envío ahora?
announce-send = Enviar ahora
announce-cancel = Cancelar
announce-queued = Tu anuncio está en camino a { $count ->
        [one] un destinatario
       *[other] { $count } destinatarios
    }.
announce-cancelled = El anuncio no se ha enviado.
# What subscribers receive: the liaison's own words, then the link if there is one.
announce-body = Anuncio del equipo de estrategia del movimiento:

    { $text }
    { $link }
