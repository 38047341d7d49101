# The greeting and the main menu (/start).

start-greeting = Olá! Eu sou o bot Participe da estratégia do movimento Wikimedia. Respondo a perguntas sobre as conversas da estratégia, indico o Contato Estratégico do seu idioma e explico como organizar um Salão de Estratégia ou iniciar sua própria discussão. Escolha uma opção abaixo ou simplesmente digite sua pergunta.
menu-faq = Perguntas e respostas
menu-liaison = Meu Contato Estratégico
menu-salon = Organizar um Salão de Estratégia
menu-discuss = Iniciar uma discussão
menu-survey = Responder à pesquisa
menu-volunteer = Ser voluntário
menu-events = Eventos
menu-subscribe = Anúncios
menu-language = Idioma
menu-privacy = Privacidade
menu-help = Ajuda
