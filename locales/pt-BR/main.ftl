# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = Desculpe, algo deu errado do meu lado. Tente de novo ou envie /help.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = Desculpe, não consigo salvar nada agora. Nada do que você me contou antes se perdeu; tente de novo daqui a alguns minutos.
error-too-long = Essa mensagem é longa demais para mim. Envie no máximo { $limit } caracteres.
error-flood = Você está enviando mensagens muito rápido. Aguarde { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } e tente de novo.
error-button-expired = Este botão expirou. Envie /start para receber um menu novo.
error-unsupported = Só consigo ler mensagens de texto e botões. Envie /help para ver o que eu posso fazer.
error-private-only = Para proteger sua privacidade, { $command } só funciona em um chat privado comigo. Abra um chat privado e envie o comando lá.
fallback = Desculpe, não entendi. Envie /help para ver o que eu posso fazer.
unknown-command = Não conheço o comando { $command }. Envie /help para ver o que eu posso fazer.
cancel-done = Pronto, parei. Não há nada em andamento agora.
cancel-nothing = Não há nada para cancelar.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = Abrir um chat privado
