# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 Eine Person fragen
ask-intro = Schreib deine Frage an eine Person. Sie geht an die Ansprechpersonen für { $language } (oder, wo es keine gibt, an das Strategieteam), die dir hier in diesem Chat antworten.
ask-question = Was möchtest du fragen?
ask-contact = Wenn du möchtest, gib noch an, wie man dich außerdem erreichen kann (zum Beispiel deinen Benutzernamen auf Meta-Wiki). Sonst sieht die Ansprechperson nicht, wer du bist. Tippe auf „Überspringen“, um anonym zu bleiben.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = Deine Frage ist jetzt Ticket #{ $ticket }. { $to ->
        [liaison] Die Ansprechpersonen für { $language } haben sie erhalten und antworten dir hier.
       *[team] Das Strategieteam hat sie erhalten und antwortet dir hier.
    } Wenn du noch etwas ergänzen möchtest, antworte einfach auf ihre Nachricht.
ask-too-many = Du hast schon { $most } Fragen, die auf eine Antwort warten. Bitte warte auf eine Antwort oder schließe eine Frage, die sich erledigt hat.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 Ticket #{ $ticket } · { $language }
    { $question }

    Antworte auf diese Nachricht, tippe auf „Beantworten“ oder schreib /reply { $ticket } und deine Antwort.
ticket-new-contact = 🎫 Ticket #{ $ticket } · { $language }
    { $question }

    Angegebener Kontakt: { $contact }
    Antworte auf diese Nachricht, tippe auf „Beantworten“ oder schreib /reply { $ticket } und deine Antwort.
ticket-followup = 🎫 Ticket #{ $ticket } · { $language } · die Person schreibt:
    { $text }
# What the member receives.
ticket-answer = 💬 Antwort auf deine Frage #{ $ticket }:
    { $text }

    Antworte auf diese Nachricht oder tippe auf „Antworten“, um zurückzuschreiben.
ticket-closed = Deine Frage #{ $ticket } ist abgeschlossen. Danke! Sende /ask, wenn du eine neue Frage hast.

ticket-button-answer = ✎ Beantworten
ticket-button-reply = ✎ Antworten
ticket-button-claim = Übernehmen
ticket-button-close = Schließen
ticket-button-solved = ✓ Erledigt
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = Schreib deine Nachricht für #{ $ticket }:
ticket-sent = An #{ $ticket } gesendet.
ticket-gone = Ticket #{ $ticket } ist geschlossen oder existiert nicht.
ticket-not-yours = Du kannst nicht in Ticket #{ $ticket } schreiben: Es gehört zu einer anderen Sprache.
ticket-claimed = Du hast Ticket #{ $ticket } übernommen: Die nächsten Nachrichten der Person gehen an dich.
ticket-claimed-other = Eine andere Ansprechperson hat Ticket #{ $ticket } schon übernommen.
ticket-closed-done = Ticket #{ $ticket } ist geschlossen.
reply-usage = Schreib /reply, die Nummer des Tickets und deine Antwort, zum Beispiel: /reply 12 Danke für deine Frage!

tickets-not-allowed = Nur Ansprechpersonen und Admins können Tickets sehen.
tickets-none = Keine offenen Fragen für { $languages }.
tickets-list = Offene Fragen für { $languages } ({ $count }):
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] deins
        [claimed] vergeben
       *[open] offen
    } · { $question }
