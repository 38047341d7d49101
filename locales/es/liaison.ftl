# The liaison for the user's language (/liaison).

liaison-found = El enlace estratégico comunitario de tu idioma ({ $language }) dirige las conversaciones de estrategia de tu comunidad lingüística, en los wikis y en las redes sociales.
    Enlace: { $name }
    Contacto: { $contact }
    Dónde se conversa: { $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = El enlace estratégico comunitario de tu idioma ({ $language }) dirige las conversaciones de estrategia de tu comunidad lingüística, en los wikis y en las redes sociales. Su nombre aún no está publicado aquí; puedes comunicarte con esta persona a través del contacto que aparece abajo.
    Contacto: { $contact }
    Dónde se conversa: { $channels }
liaison-none = Todavía no hay un enlace estratégico comunitario para tu idioma ({ $language }), pero puedes participar igualmente:
    • El especialista en relaciones comunitarias apoya los debates en todos los idiomas: { $specialist }
    • Los enlaces estratégicos organizacionales dirigen conversaciones en grupos organizados. Comprueba si tu grupo ya tiene uno: { $list }
    • Si tu grupo aún no tiene, ofrécete como su enlace estratégico organizacional: { $volunteer }
