# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = ¡Gracias por ofrecerte como enlace estratégico organizacional de tu grupo! Primero consulta la lista para ver si tu grupo ya tiene uno: { $list }
    A continuación vienen tres preguntas breves; puedes parar en cualquier momento con /cancel.
volunteer-group = ¿Cómo se llama tu grupo organizado (por ejemplo, tu afiliado o grupo de usuarios)?
volunteer-language = ¿En qué idioma se comunica principalmente tu grupo?
volunteer-contact = ¿Cómo puede contactarte el equipo de estrategia? Por ejemplo, con tu nombre de usuario en Meta-Wiki o una dirección de correo electrónico.
volunteer-confirm = Revisa tu inscripción:
    Grupo: { $group }
    Idioma: { $language }
    Contacto: { $contact }
    ¿La envío?
volunteer-send = Enviar
volunteer-thanks = ¡Gracias! El equipo de estrategia ha recibido tu inscripción y se pondrá en contacto contigo.
# Sent to the bot's admins, each in their own language.
volunteer-notify = Nueva inscripción como enlace estratégico organizacional:
    Grupo: { $group }
    Idioma: { $language }
    Contacto: { $contact }
    Inscripción desde: { $platform }
