# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = Lo siento, algo salió mal por mi parte. Vuelve a intentarlo o envía /help.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = Lo siento, ahora mismo no puedo guardar nada. No se ha perdido nada de lo que me contaste antes; vuelve a intentarlo dentro de unos minutos.
error-too-long = Ese mensaje es demasiado largo para mí. Envía como máximo { $limit } caracteres.
error-flood = Estás enviando mensajes muy rápido. Espera { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    } y vuelve a intentarlo.
error-button-expired = Este botón ya no es válido. Envía /start para obtener un menú nuevo.
error-unsupported = Solo puedo leer mensajes de texto y botones. Envía /help para ver lo que puedo hacer.
error-private-only = Por tu privacidad, { $command } solo funciona en un chat privado conmigo. Abre un chat privado y envíalo allí.
fallback = Lo siento, no entendí tu mensaje. Envía /help para ver lo que puedo hacer.
unknown-command = No conozco el comando { $command }. Envía /help para ver lo que puedo hacer.
cancel-done = Listo, lo he detenido. Ahora no hay nada en marcha.
cancel-nothing = No hay nada que cancelar.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = Abrir un chat privado
