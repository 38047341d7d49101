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
cmd-liaison = Find the liaison for your language
cmd-salon = How to host a Strategy Salon
cmd-discuss = How to start a discussion of your own
cmd-privacy = What I store about you
cmd-forget = Delete everything I store about you
cmd-cancel = Stop what is running
