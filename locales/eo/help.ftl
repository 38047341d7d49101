# The command list (/help) and the short description of each command.

help-text = Jen kion mi povas fari:

    { $commands }

    En privata babilejo vi ankaŭ povas simple tajpi demandon.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Komenci kaj montri la menuon
cmd-help = Kion mi povas fari
cmd-language = Elekti vian lingvon
cmd-faq = Demandoj kaj respondoj
cmd-survey = Respondi la enketon
cmd-volunteer = Volontuli kiel peranto por via grupo
cmd-results = Enketaj rezultoj (por perantoj kaj administrantoj)
cmd-liaison = Trovi la peranton por via lingvo
cmd-salon = Kiel okazigi Strategian Salonon
cmd-discuss = Kiel komenci propran diskuton
cmd-privacy = Kion mi konservas pri vi
cmd-forget = Forigi ĉion, kion mi konservas pri vi
cmd-cancel = Haltigi la nunan agon
