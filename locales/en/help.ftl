# The command list (/help) and the short description of each command.

help-text = Here is what I can do:

    { $commands }

    In a private chat you can also simply type a question.
# One line of the command list: the command and what it does.
help-line = { $command } — { $description }
cmd-start = Start and show the menu
cmd-help = What I can do
cmd-language = Choose your language
cmd-faq = Questions and answers
cmd-survey = Take the survey
cmd-volunteer = Volunteer as liaison for your group
cmd-results = Survey results (liaisons and admins)
cmd-unanswered = Questions the FAQ could not answer (liaisons and admins)
cmd-ask = Ask a person: a liaison answers you here
cmd-reply = Answer a ticket (liaisons and admins)
cmd-tickets = Open questions for a person (liaisons and admins)
cmd-share = Share the results of your discussion
cmd-discussions = Shared discussion results (liaisons and admins)
cmd-report = Monthly report (liaisons and admins)
cmd-events = Upcoming events
cmd-subscribe = Receive announcements in your language
cmd-unsubscribe = Stop receiving announcements
cmd-announce = Send an announcement (liaisons and admins)
cmd-liaison = Find the liaison for your language
cmd-salon = How to host a Strategy Salon
cmd-discuss = How to start a discussion of your own
cmd-privacy = What I store about you
cmd-forget = Delete everything I store about you
cmd-cancel = Stop what is running
cmd-menu = Show the menu
cmd-setup = Server language and announcements channel (admins)
# Command names as Discord shows them in this language: lower case, no spaces, at most 32
# letters, digits, - or _. Keep the English name where your users would type it anyway.
cmdname-help = help
cmdname-menu = menu
cmdname-faq = faq
cmdname-survey = survey
cmdname-volunteer = volunteer
cmdname-liaison = liaison
cmdname-salon = salon
cmdname-discuss = discuss
cmdname-language = language
cmdname-privacy = privacy
cmdname-forget = forget
cmdname-results = results
cmdname-unanswered = unanswered
cmdname-cancel = cancel
cmdname-setup = setup
cmdname-ask = ask
cmdname-reply = reply
cmdname-tickets = tickets
cmdname-share = share
cmdname-discussions = discussions
cmdname-report = report
cmdname-events = events
cmdname-subscribe = subscribe
cmdname-unsubscribe = unsubscribe
cmdname-announce = announce
# Descriptions of command options.
param-question = Your question, in your own words
param-code = A language code such as de, ar or pt-BR
param-server-language = The language the bot uses in this server
param-channel = Where the bot posts announcements
param-ticket = The ticket's number
param-answer = Your answer
param-month = A month such as 2026-11
