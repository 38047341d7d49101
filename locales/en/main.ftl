# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = Sorry, something went wrong on my side. Please try again, or send /help.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = Sorry, I cannot save anything right now. Nothing you told me before is lost; please try again in a few minutes.
error-too-long = That message is too long for me. Please send at most { $limit } characters.
error-flood = You are sending messages very quickly. Please wait { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    } and try again.
error-button-expired = This button has expired. Send /start to get a fresh menu.
error-unsupported = I can only read text messages and buttons. Send /help to see what I can do.
error-private-only = For your privacy, { $command } works only in a private chat with me. Please open a private chat and send it there.
fallback = Sorry, I did not understand that. Send /help to see what I can do.
unknown-command = I do not know the command { $command }. Send /help to see what I can do.
cancel-done = Stopped. Nothing is running now.
cancel-nothing = There is nothing to cancel.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = Open a private chat
