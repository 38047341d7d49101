# Messages shared by every feature: errors, fallback and the cancel command.

error-generic = Pardonu, io misfunkciis ĉe mi. Bonvolu reprovi, aŭ sendu /help.
# The database is locked, read-only or full for a moment: nothing was saved this time.
error-storage = Pardonu, mi nun ne povas konservi ion ajn. Nenio, kion vi diris al mi antaŭe, perdiĝis; bonvolu reprovi post kelkaj minutoj.
error-too-long = Tiu mesaĝo estas tro longa por mi. Bonvolu sendi maksimume { $limit } signojn.
error-flood = Vi sendas mesaĝojn tre rapide. Bonvolu atendi { $seconds ->
        [one] unu sekundon
       *[other] { $seconds } sekundojn
    } kaj reprovi.
error-button-expired = Ĉi tiu butono eksvalidiĝis. Sendu /start por ricevi novan menuon.
error-unsupported = Mi povas legi nur tekstajn mesaĝojn kaj butonojn. Sendu /help por vidi, kion mi povas fari.
error-private-only = Por protekti vian privatecon, { $command } funkcias nur en privata babilejo kun mi. Bonvolu malfermi privatan babilejon kaj sendi ĝin tie.
fallback = Pardonu, mi ne komprenis tion. Sendu /help por vidi, kion mi povas fari.
unknown-command = Mi ne konas la komandon { $command }. Sendu /help por vidi, kion mi povas fari.
cancel-done = Haltigite. Nun nenio plu okazas.
cancel-nothing = Estas nenio por nuligi.
# A button that opens the private chat with the bot, under messages that need one.
open-private-chat = Malfermi privatan babilejon
