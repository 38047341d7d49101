# What is stored (/privacy) and deleting it (/forget).

privacy-info = Was ich über dich speichere und warum:
    • deine Nutzerkennung auf dieser Plattform und die Sprache, die du gewählt hast, damit ich dir in deiner Sprache antworten kann;
    • an welcher Stelle du in einem schrittweisen Dialog bist, und eine Umfrage, die du beiseitegelegt hast, um etwas anderes zu tun, damit du später weitermachen kannst;
    • deine Antworten in der Umfrage, unter einer pseudonymen Kennung, die mit einem geheimen Schlüssel berechnet wird, nie zusammen mit deiner Nutzerkennung;
    • wenn du dich als Ansprechperson meldest: deine Gruppe, ihre Sprache und die Kontaktmöglichkeit, die du angibst, für das Strategieteam;
    • die Sprachen, deren Ankündigungen du bekommst, und die Ankündigungen, die auf dich warten oder dir schon geschickt wurden;
    • Fragen, die du mit /ask an eine Person schickst, und die Nachrichten dieses Gesprächs, damit die Antworten dich erreichen (die Ansprechpersonen sehen deine Frage und ihre Sprache, nie deine Nutzerkennung);
    • Diskussionsergebnisse, die du mit /share teilst;
    • der Tag, an dem du den Bot zuletzt benutzt hast, damit der Monatsbericht jede Person nur einmal zählt; der Bericht selbst enthält nur Zahlen pro Tag und Sprache.
    Ich speichere das alles, bis du /forget sendest; damit wird alles auf einmal gelöscht, auch Ankündigungen, die dir noch nicht geschickt wurden. Ankündigungen und Veranstaltungen, die du als Ansprechperson geschrieben hast, bleiben bestehen, zeigen aber nicht mehr, wer sie geschrieben hat; die monatlichen Zahlen bleiben ebenfalls, da sie nichts über dich enthalten. Ich speichere keine Benutzernamen und keine Kopien deiner anderen Nachrichten{ $logged ->
        [yes] , außer den Fragen, die ich nicht beantworten konnte, und denen, deren Antwort ein 👎 bekam: Diese speichere ich 30 Tage lang, ohne deine Nutzerkennung oder sonst etwas, das auf dich hinweist, damit die Leute, die die Antworten schreiben, sehen, was noch fehlt.
       *[no] .
    }
forget-confirm = Soll ich wirklich alles löschen, was ich über dich speichere? Das lässt sich nicht rückgängig machen.
forget-yes = Ja, alles löschen
forget-no = Nein, behalten
forget-done = Erledigt. Ich habe alles gelöscht, was ich über dich gespeichert hatte ({ $count ->
        [one] ein Eintrag
       *[other] { $count } Einträge
    }).
forget-kept = In Ordnung, es wurde nichts gelöscht.
