# The liaison for the user's language (/liaison).

liaison-found = O Contacto Estratégico Comunitário da tua língua ({ $language }) orienta as conversas sobre a estratégia da tua comunidade linguística, na wiki e nas redes sociais.
    Contacto Estratégico: { $name }
    Como contactar: { $contact }
    Onde decorrem as conversas: { $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = O Contacto Estratégico Comunitário da tua língua ({ $language }) orienta as conversas sobre a estratégia da tua comunidade linguística, na wiki e nas redes sociais. O nome ainda não foi publicado aqui, mas podes entrar em contacto através dos dados abaixo.
    Como contactar: { $contact }
    Onde decorrem as conversas: { $channels }
liaison-none = Ainda não há um Contacto Estratégico Comunitário para a tua língua ({ $language }), mas podes participar na mesma:
    • O Especialista em Relações Comunitárias apoia discussões em todas as línguas: { $specialist }
    • Os Contactos Estratégicos Organizacionais orientam conversas em grupos organizados. Vê se o teu grupo já tem um: { $list }
    • Se o teu grupo ainda não tem, oferece-te como voluntário para ser o seu Contacto Estratégico Organizacional: { $volunteer }
