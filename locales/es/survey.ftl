# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = Esta breve encuesta te permite hacer llegar tus opiniones directamente al equipo de estrategia del movimiento. Tus respuestas se guardan con un identificador seudónimo, nunca con tu cuenta. Puedes volver atrás, saltarte las preguntas opcionales o parar en cualquier momento con /cancel.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = Pregunta { $step } de { $total }: { $question }
survey-role = ¿Cómo participas en el movimiento Wikimedia?
survey-role-editor = Edito un proyecto Wikimedia
survey-role-affiliate = Participo en un afiliado o grupo
survey-role-organizer = Organizo eventos o divulgación
survey-role-technical = Hago contribuciones técnicas
survey-role-reader = Leo, dono o corro la voz
survey-role-new = Acabo de llegar al movimiento
survey-areas = ¿Qué áreas temáticas te importan más? Elige todas las que quieras y luego pulsa «Listo».
    .title = ¿Qué áreas temáticas te importan más?
survey-areas-advocacy = Incidencia
survey-areas-capacity = Desarrollo de capacidades
survey-areas-health = Salud de la comunidad
survey-areas-diversity = Diversidad
survey-areas-partnerships = Alianzas
survey-areas-product = Producto y tecnología
survey-areas-resources = Asignación de recursos
survey-areas-revenue = Fuentes de ingresos
survey-areas-roles = Roles y responsabilidades
survey-involved = ¿En qué medida sientes que participas hasta ahora en las conversaciones sobre la estrategia del movimiento? Elige de 1 (nada) a 5 (mucho).
    .title = ¿En qué medida sientes que participas hasta ahora en las conversaciones sobre la estrategia del movimiento? (1 = nada, 5 = mucho)
survey-ways = ¿Cómo te gustaría participar en las conversaciones? Elige las opciones que quieras y luego pulsa «Listo».
    .title = ¿Cómo te gustaría participar en las conversaciones?
survey-ways-salon = En un Salón de Estrategia
survey-ways-wiki = En discusiones en los wikis
survey-ways-chat = En redes sociales o chats
survey-ways-group = En mi afiliado o grupo
survey-ways-survey = Con encuestas como esta
survey-host = ¿A tu afiliado o grupo le gustaría organizar un Salón de Estrategia?
survey-youth = Algunos Salones de Estrategia son para jóvenes. ¿Te gustaría participar en uno?
survey-change = ¿Qué debería cambiar en el movimiento? Responde con tus propias palabras.
survey-consent = ¿Puede tu enlace estratégico comunitario ponerse en contacto contigo para hablar de tus respuestas?
survey-thanks = ¡Gracias! Tus respuestas se han guardado. Puedes consultarlas o cambiarlas cuando quieras con /survey.
survey-done-before = Ya has respondido esta encuesta. Tus respuestas:

    { $summary }

    ¿Quieres cambiarlas?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = Cambiar mis respuestas
survey-keep-answers = Dejarlas así
survey-kept = Tus respuestas se quedan como están. ¡Gracias!
survey-resume = ¡Hola de nuevo! Sigamos donde lo dejaste.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = Dejo a un lado lo que tenías a medias en { $command }: seguirá donde lo dejaste cuando termines aquí.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = Volvemos a lo que estabas haciendo; no se ha perdido ninguna de tus respuestas.
flow-back = Atrás
flow-skip = Saltar
flow-done = Listo
flow-yes = Sí
flow-no = No
flow-skipped = sin respuesta
flow-choose-button = Responde con uno de los botones.
flow-choose-at-least-one = Elige al menos una opción y luego pulsa «Listo».
flow-too-long = Esa respuesta es demasiado larga. Usa como máximo { $limit } caracteres.
flow-bad-date = Escribe una fecha pasada, como 2026-11-28.
flow-bad-number = Escribe un número entero, como 12.
flow-bad-link = Envía un enlace que empiece por https:// o pulsa «Saltar».
flow-empty = Escribe tu respuesta.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = Pregunta { $step } de { $total }: { $question }

    Tu respuesta hasta ahora: { $answer }
flow-keep = Mantener esta respuesta
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] Con tu respuesta se omite una pregunta: ahora son { $total } en total.
        [1] Con tu respuesta se añade una pregunta: ahora son { $total } en total.
       *[other] Tu respuesta cambia el número de preguntas: ahora son { $total } en total.
    }

    Pregunta { $step } de { $total }: { $question }
flow-not-current = Ese botón es de otra pregunta. Aquí tienes la actual.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = Escribir mi respuesta
