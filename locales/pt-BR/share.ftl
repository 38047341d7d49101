# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 Compartilhar seus resultados
share-intro = Obrigado por organizar uma discussão! Vou fazer algumas perguntas sobre ela, uma de cada vez; você vai ver tudo antes de enviar. Os Contatos Estratégicos do idioma da discussão recebem um resumo.
share-group = Quem organizou a discussão? Informe o nome do seu grupo ou comunidade.
share-language = Em que idioma foi a discussão?
share-date = Em que dia ela aconteceu? Escreva a data assim: 2026-11-28.
share-participants = Quantas pessoas participaram?
share-themes = Quais áreas temáticas foram abordadas? Escolha todas as que se aplicam e depois toque em “Concluído”.
share-themes-advocacy = Defesa de causas
share-themes-capacity = Capacitação
share-themes-health = Saúde da comunidade
share-themes-diversity = Diversidade
share-themes-partnerships = Parcerias
share-themes-product = Produto e tecnologia
share-themes-resources = Alocação de recursos
share-themes-revenue = Fontes de receita
share-themes-roles = Papéis e responsabilidades
share-conclusions = Quais foram as principais conclusões? (no máximo 3.000 caracteres)
share-link = Se houver anotações na wiki, envie o link (começando com https://). Caso contrário, toque em “Pular”.
share-preview = Confira tudo antes de enviar:
    Grupo: { $group }
    Idioma: { $language }
    Data: { $date }
    Pessoas: { $participants }
    Temas: { $themes }
    Conclusões: { $conclusions }
    Anotações: { $link }
share-submit = Enviar
share-thanks = Obrigado! Seus resultados foram salvos como discussão #{ $number }, e os Contatos Estratégicos do idioma da discussão já receberam um resumo.
share-notify = 📝 Resultados da discussão #{ $number } · { $language }
    { $group }, { $date }, { $participants ->
        [one] { $participants } pessoa
       *[other] { $participants } pessoas
    }
    { $summary }

discussions-not-allowed = Só Contatos Estratégicos e administradores podem ver os resultados de discussões compartilhados.
discussions-none = Ainda não foram compartilhados resultados de discussões para { $languages }.
discussions-list = Resultados de discussões compartilhados para { $languages } (os { $count } mais recentes):

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] { $participants } pessoa
       *[other] { $participants } pessoas
    }
    { $themes }
    { $summary }
    { $link }
