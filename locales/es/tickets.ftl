# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 Preguntar a una persona
ask-intro = Escribe tu pregunta para una persona. Llegará a los enlaces de tu idioma ({ $language }) o, si no hay ninguno, al equipo de estrategia, y te responderán aquí mismo, en este chat.
ask-question = ¿Qué te gustaría preguntar?
ask-contact = Si quieres, añade también otra forma de contactarte (por ejemplo, tu nombre de usuario en Meta-Wiki). Si no, el enlace no sabrá quién eres. Pulsa «Saltar» para seguir en el anonimato.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = Tu pregunta es ahora el ticket #{ $ticket }. { $to ->
        [liaison] Los enlaces de tu idioma ({ $language }) ya la tienen y te responderán aquí.
       *[team] El equipo de estrategia ya la tiene y te responderá aquí.
    } Si quieres añadir algo más, responde a su mensaje.
ask-too-many = Ya tienes { $most } preguntas esperando respuesta. Espera a que te respondan o cierra alguna que ya esté resuelta.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 Ticket #{ $ticket } · { $language }
    { $question }

    Responde a este mensaje, pulsa «Responder» o escribe /reply { $ticket } seguido de tu respuesta.
ticket-new-contact = 🎫 Ticket #{ $ticket } · { $language }
    { $question }

    Contacto indicado: { $contact }
    Responde a este mensaje, pulsa «Responder» o escribe /reply { $ticket } seguido de tu respuesta.
ticket-followup = 🎫 Ticket #{ $ticket } · { $language } · la persona escribe:
    { $text }
# What the member receives.
ticket-answer = 💬 Respuesta a tu pregunta #{ $ticket }:
    { $text }

    Responde a este mensaje o pulsa «Responder» para contestar.
ticket-closed = Tu pregunta #{ $ticket } está cerrada. ¡Gracias! Envía /ask si tienes una nueva pregunta.

ticket-button-answer = ✎ Responder
ticket-button-reply = ✎ Responder
ticket-button-claim = Me encargo
ticket-button-close = Cerrar
ticket-button-solved = ✓ Resuelto
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = Escribe tu mensaje para #{ $ticket }:
ticket-sent = Enviado a #{ $ticket }.
ticket-gone = El ticket #{ $ticket } está cerrado o no existe.
ticket-not-yours = No puedes escribir en el ticket #{ $ticket }: pertenece a otro idioma.
ticket-claimed = Te has encargado del ticket #{ $ticket }: los próximos mensajes de la persona te llegarán a ti.
ticket-claimed-other = Otro enlace ya se ha encargado del ticket #{ $ticket }.
ticket-closed-done = El ticket #{ $ticket } está cerrado.
reply-usage = Escribe /reply, el número del ticket y tu respuesta, por ejemplo: /reply 12 ¡Gracias por preguntar!

tickets-not-allowed = Solo los enlaces y los administradores pueden ver los tickets.
tickets-none = No hay preguntas abiertas para { $languages }.
tickets-list = Preguntas abiertas para { $languages } ({ $count }):
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] tuyo
        [claimed] asignado
       *[open] abierto
    } · { $question }
