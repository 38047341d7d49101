# What is stored (/privacy) and deleting it (/forget).

privacy-info = Ce que je conserve sur vous, et pourquoi :
    • votre identifiant d'utilisateur sur cette plateforme et la langue choisie, pour pouvoir vous répondre dans votre langue ;
    • l'étape où vous en êtes dans une conversation guidée, ainsi qu'une enquête que vous avez mise de côté pour faire autre chose, pour que vous puissiez reprendre plus tard ;
    • vos réponses à l'enquête, sous un identifiant pseudonyme calculé avec une clé secrète, jamais avec votre identifiant d'utilisateur ;
    • si vous vous proposez comme agent de liaison : votre groupe, sa langue et le contact que vous indiquez, pour l'équipe stratégique ;
    • les langues dont vous recevez les annonces, et les annonces qui vous attendent ou qui vous ont déjà été envoyées.
    Je conserve tout cela jusqu'à ce que vous envoyiez /forget, qui efface tout en une seule fois, y compris les annonces qui ne vous ont pas encore été envoyées. Les annonces et les événements que vous avez rédigés en tant qu'agent de liaison restent, mais n'indiquent plus qui les a rédigés. Je ne conserve ni nom d'utilisateur ni copie de vos messages.
forget-confirm = Voulez-vous vraiment que j'efface tout ce que je conserve sur vous ? Cette action est irréversible.
forget-yes = Oui, tout effacer
forget-no = Non, tout garder
forget-done = C'est fait. J'ai effacé tout ce que je conservais sur vous ({ $count ->
        [one] { $count } enregistrement
       *[other] { $count } enregistrements
    }).
forget-kept = D'accord, rien n'a été effacé.
