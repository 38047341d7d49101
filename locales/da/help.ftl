# The command list (/help) and the short description of each command.

help-text = Det her kan jeg:

    { $commands }

    I en privat chat kan du også bare skrive et spørgsmål.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Start og vis menuen
cmd-help = Hvad jeg kan
cmd-language = Vælg dit sprog
cmd-faq = Spørgsmål og svar
cmd-survey = Besvar spørgeskemaet
cmd-volunteer = Meld dig som kontaktperson for din gruppe
cmd-results = Resultater af spørgeskemaet (kontaktpersoner og administratorer)
cmd-liaison = Find kontaktpersonen for dit sprog
cmd-salon = Sådan holder du en strategisalon
cmd-discuss = Sådan starter du din egen diskussion
cmd-privacy = Hvad jeg gemmer om dig
cmd-forget = Slet alt, hvad jeg gemmer om dig
cmd-cancel = Stop det, der kører
