# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = Desculpa, algo correu mal do meu lado. Tenta outra vez ou envia /help.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = Desculpa, neste momento não consigo guardar nada. Nada do que me disseste antes se perdeu; tenta outra vez daqui a alguns minutos.
error-too-long = Essa mensagem é demasiado longa para mim. Envia no máximo { $limit } caracteres.
error-flood = Estás a enviar mensagens muito depressa. Espera { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } e tenta outra vez.
error-button-expired = Este botão expirou. Envia /start para receberes um menu novo.
error-unsupported = Só consigo ler mensagens de texto e botões. Envia /help para veres o que posso fazer.
error-private-only = Para proteger a tua privacidade, { $command } só funciona numa conversa privada comigo. Abre uma conversa privada e envia o comando lá.
fallback = Desculpa, não percebi. Envia /help para veres o que posso fazer.
unknown-command = Não conheço o comando { $command }. Envia /help para veres o que posso fazer.
cancel-done = Pronto, parei. Não há nada em curso neste momento.
cancel-nothing = Não há nada para cancelar.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = Abrir uma conversa privada
