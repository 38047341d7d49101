# The greeting and the main menu (/start).

start-greeting = Olá! Sou o bot Participa da estratégia do movimento Wikimedia. Respondo a perguntas sobre as conversas da estratégia, indico-te o Contacto Estratégico da tua língua e explico-te como organizar um Salão de Estratégia ou iniciar a tua própria discussão. Escolhe uma opção abaixo ou escreve simplesmente a tua pergunta.
menu-faq = Perguntas e respostas
menu-liaison = O meu Contacto Estratégico
menu-salon = Organizar um Salão de Estratégia
menu-discuss = Iniciar uma discussão
menu-survey = Responder ao inquérito
menu-volunteer = Ser voluntário
menu-events = Eventos
menu-subscribe = Anúncios
menu-language = Língua
menu-privacy = Privacidade
menu-help = Ajuda
