# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = Obrigado por se oferecer como Contato Estratégico Organizacional do seu grupo! Primeiro, consulte a lista para ver se o seu grupo já tem um: { $list }
    A seguir vêm três perguntas rápidas; você pode parar a qualquer momento com /cancel.
volunteer-group = Qual é o nome do seu grupo organizado (por exemplo, seu afiliado ou grupo de usuários)?
volunteer-language = Em que idioma o seu grupo conversa principalmente?
volunteer-contact = Como a equipe da estratégia pode falar com você? Por exemplo, pelo seu nome de usuário no Meta-Wiki ou por um endereço de e-mail.
volunteer-confirm = Confira sua inscrição:
    Grupo: { $group }
    Idioma: { $language }
    Contato: { $contact }
    Posso enviar?
volunteer-send = Enviar
volunteer-thanks = Obrigado! A equipe da estratégia recebeu sua inscrição e vai entrar em contato com você.
# Sent to the bot's admins, each in their own language.
volunteer-notify = Nova inscrição como Contato Estratégico Organizacional:
    Grupo: { $group }
    Idioma: { $language }
    Contato: { $contact }
    Inscrição feita em: { $platform }
