# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 Partilhar os teus resultados
share-intro = Obrigado por teres organizado uma discussão! Vou fazer-te algumas perguntas sobre ela, uma de cada vez; vais ver tudo antes de enviares. Os Contactos Estratégicos da língua da discussão recebem um resumo.
share-group = Quem organizou a discussão? Indica o nome do teu grupo ou comunidade.
share-language = Em que língua decorreu a discussão?
share-date = Em que dia se realizou? Escreve a data assim: 2026-11-28.
share-participants = Quantas pessoas participaram?
share-themes = Que áreas temáticas foram abordadas? Escolhe todas as que se aplicam e depois carrega em «Concluído».
share-themes-advocacy = Defesa de causas
share-themes-capacity = Desenvolvimento de capacidades
share-themes-health = Saúde da comunidade
share-themes-diversity = Diversidade
share-themes-partnerships = Parcerias
share-themes-product = Produto e tecnologia
share-themes-resources = Alocação de recursos
share-themes-revenue = Fontes de receita
share-themes-roles = Funções e responsabilidades
share-conclusions = Quais foram as principais conclusões? (no máximo 3000 caracteres)
share-link = Se houver notas na wiki, envia o link (a começar por https://). Caso contrário, carrega em «Saltar».
share-preview = Verifica tudo antes de enviares:
    Grupo: { $group }
    Língua: { $language }
    Data: { $date }
    Pessoas: { $participants }
    Temas: { $themes }
    Conclusões: { $conclusions }
    Notas: { $link }
share-submit = Enviar
share-thanks = Obrigado! Os teus resultados foram guardados como discussão #{ $number }, e os Contactos Estratégicos da língua da discussão já têm um resumo.
share-notify = 📝 Resultados da discussão #{ $number } · { $language }
    { $group }, { $date }, { $participants ->
        [one] uma pessoa
       *[other] { $participants } pessoas
    }
    { $summary }

discussions-not-allowed = Só os Contactos Estratégicos e os administradores podem ver os resultados de discussões partilhados.
discussions-none = Ainda não foram partilhados resultados de discussões para { $languages }.
discussions-list = Resultados de discussões partilhados para { $languages } (os { $count } mais recentes):

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] uma pessoa
       *[other] { $participants } pessoas
    }
    { $themes }
    { $summary }
    { $link }
