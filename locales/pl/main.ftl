# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = Przepraszam, coś poszło nie tak po mojej stronie. Spróbuj ponownie albo wyślij /help.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = Przepraszam, w tej chwili nie mogę niczego zapisać. Nic z tego, co już wiem od ciebie, nie przepadło; spróbuj ponownie za kilka minut.
error-too-long = Ta wiadomość jest dla mnie za długa. Maksymalna liczba znaków to { $limit }.
error-flood = Wysyłasz wiadomości bardzo szybko. Poczekaj { $seconds ->
        [one] sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    } i spróbuj ponownie.
error-button-expired = Ten przycisk już wygasł. Wyślij /start, aby dostać nowe menu.
error-unsupported = Potrafię czytać tylko wiadomości tekstowe i przyciski. Wyślij /help, aby zobaczyć, co umiem.
error-private-only = Ze względu na twoją prywatność polecenie { $command } działa tylko w prywatnym czacie ze mną. Otwórz prywatny czat i wyślij je tam.
fallback = Niestety, tego nie rozumiem. Wyślij /help, aby zobaczyć, co umiem.
unknown-command = Nie znam polecenia { $command }. Wyślij /help, aby zobaczyć, co umiem.
cancel-done = Zatrzymano. Teraz nic nie jest w toku.
cancel-nothing = Nie ma czego anulować.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = Otwórz prywatny czat
