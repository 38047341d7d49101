# Questions for a person (/ask), relayed as numbered tickets to the liaisons of the member's
# language, and their answers (/reply, /tickets).

ask-button = 🙋 Ask a person
ask-intro = Write your question for a person. It goes to the liaisons for { $language } (or, where there is none, to the strategy team), who answer you here in this chat.
ask-question = What would you like to ask?
ask-contact = If you like, add how they can also reach you (for example your username on Meta-Wiki). The liaison does not see who you are otherwise. Press Skip to stay anonymous.
# $to: liaison (a liaison of the language) or team (the strategy team, where there is none).
ask-sent = Your question is ticket #{ $ticket }. { $to ->
        [liaison] The liaisons for { $language } have it
       *[team] The strategy team has it
    } and will answer you here. You can write more by replying to their answer.
ask-too-many = You already have { $most } questions waiting for an answer. Please wait for an answer, or close one that is solved.

# What a liaison receives (in the liaison's language). The member's id is never shown.
ticket-new = 🎫 Ticket #{ $ticket } · { $language }
    { $question }

    Reply to this message, press Answer, or write /reply { $ticket } and your answer.
ticket-new-contact = 🎫 Ticket #{ $ticket } · { $language }
    { $question }

    Contact given: { $contact }
    Reply to this message, press Answer, or write /reply { $ticket } and your answer.
ticket-followup = 🎫 Ticket #{ $ticket } · { $language } · the member writes:
    { $text }
# What the member receives.
ticket-answer = 💬 Answer to your question #{ $ticket }:
    { $text }

    Reply to this message or press Reply to write back.
ticket-closed = Your question #{ $ticket } is closed. Thank you! Send /ask for a new question.

ticket-button-answer = ✎ Answer
ticket-button-reply = ✎ Reply
ticket-button-claim = Claim
ticket-button-close = Close
ticket-button-solved = ✓ Solved
ticket-button-number = ✎ #{ $ticket }
ticket-write-prompt = Write your message for #{ $ticket }:
ticket-sent = Sent to #{ $ticket }.
ticket-gone = Ticket #{ $ticket } is closed or does not exist.
ticket-not-yours = You cannot write in ticket #{ $ticket }: it belongs to another language.
ticket-claimed = You took ticket #{ $ticket }: the member's next messages come to you.
ticket-claimed-other = Another liaison already took ticket #{ $ticket }.
ticket-closed-done = Ticket #{ $ticket } is closed.
reply-usage = Write /reply, the ticket's number and your answer, for example: /reply 12 Thank you for asking!

tickets-not-allowed = Only liaisons and admins can see tickets.
tickets-none = No open questions for { $languages }.
tickets-list = Open questions for { $languages } ({ $count }):
    { $tickets }
# One line per ticket; $status: open, mine (claimed by the reader) or claimed (by another).
tickets-line = #{ $ticket } · { $language } · { $status ->
        [mine] yours
        [claimed] taken
       *[open] open
    } · { $question }
