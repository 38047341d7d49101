# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = Obrigado por te ofereceres como Contacto Estratégico Organizacional do teu grupo! Primeiro, consulta a lista para veres se o teu grupo já tem um: { $list }
    Seguem-se três perguntas curtas; podes parar a qualquer momento com /cancel.
volunteer-group = Como se chama o teu grupo organizado (por exemplo, o teu afiliado ou grupo de utilizadores)?
volunteer-language = Em que língua comunica sobretudo o teu grupo?
volunteer-contact = Como pode a equipa da estratégia contactar-te? Por exemplo, através do teu nome de utilizador na Meta-Wiki ou de um endereço de e-mail.
volunteer-confirm = Verifica a tua inscrição:
    Grupo: { $group }
    Língua: { $language }
    Contacto: { $contact }
    Posso enviá-la?
volunteer-send = Enviar
volunteer-thanks = Obrigado! A equipa da estratégia recebeu a tua inscrição e vai entrar em contacto contigo.
# Sent to the bot's admins, each in their own language.
volunteer-notify = Nova inscrição como Contacto Estratégico Organizacional:
    Grupo: { $group }
    Língua: { $language }
    Contacto: { $contact }
    Inscrição feita em: { $platform }
