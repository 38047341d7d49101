# The liaison for the user's language (/liaison).

liaison-found = O Contato Estratégico Comunitário do seu idioma ({ $language }) conduz as conversas sobre a estratégia da sua comunidade linguística, nas wikis e nas redes sociais.
    Contato Estratégico: { $name }
    Como falar com ele: { $contact }
    Onde as conversas acontecem: { $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = O Contato Estratégico Comunitário do seu idioma ({ $language }) conduz as conversas sobre a estratégia da sua comunidade linguística, nas wikis e nas redes sociais. O nome ainda não foi publicado aqui, mas você pode entrar em contato pelo canal abaixo.
    Como falar com ele: { $contact }
    Onde as conversas acontecem: { $channels }
liaison-none = Ainda não há um Contato Estratégico Comunitário para o seu idioma ({ $language }), mas você pode participar mesmo assim:
    • O Especialista em Relações Comunitárias apoia discussões em todos os idiomas: { $specialist }
    • Os Contatos Estratégicos Organizacionais conduzem conversas em grupos organizados. Veja se o seu grupo já tem um: { $list }
    • Se o seu grupo ainda não tem, seja voluntário para ser o Contato Estratégico Organizacional dele: { $volunteer }
