# What is stored (/privacy) and deleting it (/forget).

privacy-info = Qué guardo sobre ti y por qué:
    • tu identificador de usuario en esta plataforma y el idioma que elegiste, para poder responderte en tu idioma;
    • en qué punto estás de una conversación paso a paso, y una encuesta que hayas dejado a un lado para hacer otra cosa, para que puedas continuar más tarde;
    • tus respuestas a la encuesta, con un identificador seudónimo calculado con una clave secreta, nunca con tu identificador de usuario;
    • si te ofreces como enlace: tu grupo, su idioma y el contacto que indiques, para el equipo de estrategia;
    • los idiomas cuyos anuncios recibes, y los anuncios que tienes pendientes o que ya te he enviado;
    • las preguntas que envías a una persona con /ask y los mensajes de esa conversación, para que te lleguen las respuestas (los enlaces ven tu pregunta y su idioma, nunca tu identificador de usuario);
    • los resultados de discusiones que compartes con /share;
    • el último día en que usaste el bot, para que el informe mensual cuente a cada persona una sola vez; el propio informe solo contiene recuentos por día e idioma.
    Guardo todo esto hasta que envíes /forget, que lo borra todo de una vez, incluidos los anuncios que aún no te he enviado. Los anuncios y eventos que hayas escrito como enlace se quedan, pero ya no muestran quién los escribió; los recuentos mensuales también se quedan, porque no contienen nada sobre ti. No guardo nombres de usuario ni copias de tus otros mensajes{ $logged ->
        [yes] , salvo las preguntas que no pude responder y aquellas cuya respuesta recibió un 👎: guardo su texto durante 30 días, sin tu identificador de usuario ni nada más que lleve hasta ti, para que quienes escriben las respuestas sepan qué falta.
       *[no] .
    }
forget-confirm = ¿De verdad quieres que borre todo lo que guardo sobre ti? No se puede deshacer.
forget-yes = Sí, borrarlo todo
forget-no = No, conservarlo
forget-done = Hecho. He borrado todo lo que guardaba sobre ti ({ $count ->
        [one] un registro
       *[other] { $count } registros
    }).
forget-kept = De acuerdo, no se ha borrado nada.
