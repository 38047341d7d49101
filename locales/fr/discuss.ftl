# How to start a discussion of your own (/discuss).

discuss-info = Aucune discussion sur votre sujet, ou sur le canal où vous êtes le plus actif ? Lancez-en une vous-même :
    • Servez-vous de la Boîte à outils des conversations communautaires (Community Conversations Toolkit) comme guide : { $toolkit }
    • Traduisez les documents de cadrage dans votre langue : { $scoping }
    • Essayez les Amorces de conversation (Conversation Starters), un guide de discussion sur les moteurs du changement : { $starters }
    • Pour obtenir de l'aide et partager les résultats de votre discussion, contactez le spécialiste des relations communautaires ou un agent de liaison stratégique communautaire (/liaison).
