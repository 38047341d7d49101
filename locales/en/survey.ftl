# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = This short survey lets you share your views with the movement strategy team directly. Your answers are stored under a pseudonymous id, never with your account. You can go back, skip optional questions, or stop at any time with /cancel.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = Question { $step } of { $total }: { $question }
survey-role = How do you take part in the Wikimedia movement?
survey-role-editor = I edit a Wikimedia project
survey-role-affiliate = I am active in an affiliate or user group
survey-role-organizer = I organize events or outreach
survey-role-technical = I contribute technical work
survey-role-reader = I read, donate or spread the word
survey-role-new = I am new to the movement
survey-areas = Which of the thematic areas matter most to you? Choose as many as you like, then press Done.
    .title = Which of the thematic areas matter most to you?
survey-areas-advocacy = Advocacy
survey-areas-capacity = Capacity Building
survey-areas-health = Community Health
survey-areas-diversity = Diversity
survey-areas-partnerships = Partnerships
survey-areas-product = Product & Technology
survey-areas-resources = Resource Allocation
survey-areas-revenue = Revenue Streams
survey-areas-roles = Roles & Responsibilities
survey-involved = How involved do you feel in the movement strategy conversations so far? Choose from 1 (not at all) to 5 (very much).
    .title = How involved do you feel in the movement strategy conversations so far? (1 = not at all, 5 = very much)
survey-ways = How would you like to take part in the conversations? Choose any, then press Done.
    .title = How would you like to take part in the conversations?
survey-ways-salon = At an in-person Strategy Salon
survey-ways-wiki = In on-wiki discussions
survey-ways-chat = In social media or chat groups
survey-ways-group = Within my affiliate or group
survey-ways-survey = Through surveys like this one
survey-host = Would your affiliate or group like to host a Strategy Salon?
survey-youth = Some Strategy Salons are for young people. Would you like to take part in one?
survey-change = What should change in the movement? Please answer in your own words.
survey-consent = May your Community Strategy Liaison contact you about your answers?
survey-thanks = Thank you! Your answers are saved. You can look at them or change them at any time with /survey.
survey-done-before = You have already answered this survey. Your answers:

    { $summary }

    Do you want to change them?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = Change my answers
survey-keep-answers = Keep them
survey-kept = Your answers stay as they are. Thank you!
survey-resume = Welcome back! Let us continue where you left off.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = Your unfinished { $command } is set aside: it continues where you left off when you are done here.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = Back to what you were doing before; nothing you answered was lost.
flow-back = Back
flow-skip = Skip
flow-done = Done
flow-yes = Yes
flow-no = No
flow-skipped = skipped
flow-choose-button = Please answer with one of the buttons.
flow-choose-at-least-one = Please choose at least one option, then press Done.
flow-too-long = That answer is too long. Please use at most { $limit } characters.
flow-bad-date = Please write a date that has passed, like 2026-11-28.
flow-bad-number = Please write a whole number, like 12.
flow-bad-link = Please send a link starting with https://, or press Skip.
flow-empty = Please type your answer.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = Question { $step } of { $total }: { $question }

    Your answer so far: { $answer }
flow-keep = Keep this answer
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] Your answer leaves out one question: { $total } in all now.
        [1] Your answer adds one question: { $total } in all now.
       *[other] Your answer changes the number of questions: { $total } in all now.
    }

    Question { $step } of { $total }: { $question }
flow-not-current = That button belongs to another question. Here is the current one.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = Write my answer
