# The command list (/help) and the short description of each command.

help-text = Oto, co potrafię:

    { $commands }

    W prywatnym czacie możesz też po prostu wpisać pytanie.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Uruchom i pokaż menu
cmd-help = Co potrafię
cmd-language = Wybierz język
cmd-faq = Pytania i odpowiedzi
cmd-survey = Wypełnij ankietę
cmd-volunteer = Zgłoś się na łącznika swojej grupy
cmd-results = Wyniki ankiety (dla łączników i administratorów)
cmd-liaison = Znajdź łącznika dla swojego języka
cmd-salon = Jak zorganizować Salon Strategiczny
cmd-discuss = Jak rozpocząć własną dyskusję
cmd-privacy = Co o tobie przechowuję
cmd-forget = Usuń wszystko, co o tobie przechowuję
cmd-cancel = Zatrzymaj bieżące działanie
