# What is stored (/privacy) and deleting it (/forget).

privacy-info = Ce que je conserve sur vous, et pourquoi :
    • votre identifiant d'utilisateur sur cette plateforme et la langue choisie, pour pouvoir vous répondre dans votre langue ;
    • l'étape où vous en êtes dans une conversation guidée, ainsi qu'une enquête que vous avez mise de côté pour faire autre chose, pour que vous puissiez reprendre plus tard ;
    • vos réponses à l'enquête, sous un identifiant pseudonyme calculé avec une clé secrète, jamais avec votre identifiant d'utilisateur ;
    • si vous vous proposez comme agent de liaison : votre groupe, sa langue et le contact que vous indiquez, pour l'équipe stratégique ;
    • les langues dont vous recevez les annonces, et les annonces qui vous attendent ou qui vous ont déjà été envoyées ;
    • les questions que vous adressez à une personne avec /ask et les messages de cette conversation, pour que les réponses vous parviennent (les agents de liaison voient votre question et sa langue, jamais votre identifiant d'utilisateur) ;
    • les résultats de discussion que vous partagez avec /share ;
    • le dernier jour où vous avez utilisé le bot, pour que le rapport mensuel compte chaque personne une seule fois ; le rapport lui-même ne contient que des totaux par jour et par langue.
    Je conserve tout cela jusqu'à ce que vous envoyiez /forget, qui efface tout en une seule fois, y compris les annonces qui ne vous ont pas encore été envoyées. Les annonces et les événements que vous avez rédigés en tant qu'agent de liaison restent, mais n'indiquent plus qui les a rédigés ; les totaux mensuels restent aussi, car ils ne contiennent rien sur vous. Je ne conserve ni nom d'utilisateur ni copie de vos autres messages{ $logged ->
        [yes] , sauf les questions auxquelles je n'ai pas pu répondre et celles dont la réponse a reçu un 👎 : j'en conserve le texte pendant 30 jours, sans votre identifiant d'utilisateur ni rien d'autre qui permette de remonter jusqu'à vous, afin que les personnes qui rédigent les réponses sachent ce qui manque.
       *[no] .
    }
forget-confirm = Voulez-vous vraiment que j'efface tout ce que je conserve sur vous ? Cette action est irréversible.
forget-yes = Oui, tout effacer
forget-no = Non, tout garder
forget-done = C'est fait. J'ai effacé tout ce que je conservais sur vous ({ $count ->
        [one] { $count } enregistrement
       *[other] { $count } enregistrements
    }).
forget-kept = D'accord, rien n'a été effacé.
