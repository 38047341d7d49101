# The liaison for the user's language (/liaison).

liaison-found = L'agent de liaison stratégique communautaire de votre langue ({ $language }) anime les conversations stratégiques de votre communauté linguistique, sur les wikis et sur les réseaux sociaux.
    Agent de liaison : { $name }
    Contact : { $contact }
    Où se déroulent les conversations : { $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = L'agent de liaison stratégique communautaire de votre langue ({ $language }) anime les conversations stratégiques de votre communauté linguistique, sur les wikis et sur les réseaux sociaux. Son nom n'est pas encore publié ici ; vous pouvez le joindre via le contact ci-dessous.
    Contact : { $contact }
    Où se déroulent les conversations : { $channels }
liaison-none = Il n'y a pas encore d'agent de liaison stratégique communautaire pour votre langue ({ $language }), mais vous pouvez tout de même participer :
    • Le spécialiste des relations communautaires soutient les discussions dans toutes les langues : { $specialist }
    • Les agents de liaison stratégique organisationnels animent les conversations au sein des groupes organisés. Vérifiez si votre groupe en a un : { $list }
    • Si votre groupe n'en a pas encore, proposez-vous comme agent de liaison stratégique organisationnel : { $volunteer }
