# The greeting and the main menu (/start).

start-greeting = ¡Hola! Soy el bot Participa de la estrategia del movimiento Wikimedia. Respondo preguntas sobre las conversaciones de estrategia, te digo quién es el enlace de tu idioma y te explico cómo organizar un Salón de Estrategia o iniciar tu propia discusión. Elige una opción abajo o escribe directamente tu pregunta.
menu-faq = Preguntas y respuestas
menu-liaison = Mi enlace
menu-salon = Organizar un Salón de Estrategia
menu-discuss = Iniciar una discusión
menu-survey = Responder la encuesta
menu-volunteer = Ofrecerme como enlace
menu-events = Eventos
menu-subscribe = Anuncios
menu-language = Idioma
menu-privacy = Privacidad
menu-help = Ayuda
