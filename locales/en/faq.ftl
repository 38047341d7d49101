# Questions and answers (/faq). Each entry has a title (its button), an answer, and
# keywords: comma-separated words and word stems that people use when they ask about it,
# written for this language (not translated word for word). Stems match the start of a word
# or any part of a text without spaces; add synonyms and common spellings freely.

faq-topics = Here are the topics I can answer. Choose one, or type your question in your own words.
faq-no-match = I could not find an answer to that. Here are the topics I know. For anything else, your liaison can help: send /liaison.
faq-more = Other questions
# Two or three topics fit a question about as well: their buttons follow.
faq-did-you-mean = I am not sure which of these you mean. Choose one, or ask again in other words.
# Under an answer to a typed question: was it useful? (Once per answer.)
faq-helpful = 👍 Helpful
faq-unhelpful = 👎 Not helpful
# /unanswered, for liaisons (their languages) and admins: questions of the last 30 days.
unanswered-not-allowed = Only liaisons and admins can see the questions people asked.
unanswered-none = No question in { $languages } went unanswered or got a 👎 in the last 30 days.
unanswered-list = Questions in { $languages } that I could not answer, or whose answer got a 👎, in the last 30 days (the latest { $count }):
    { $questions }
# One line of that list; $language is the question's language, $topic the answer it got a 👎 on.
unanswered-line = • { $language }: { $question }
unanswered-line-unhelpful = • { $language }: { $question } (👎 on “{ $topic }”)

faq-salon-what-title = What is a Strategy Salon?
faq-salon-what-answer = A Strategy Salon is an in-person gathering, hosted by a recognized Wikimedia affiliate, to discuss movement strategy. Affiliate leaders bring together a broad mix of members who live in their area for deeper conversations about one or two strategy themes that interest them. Only recognized affiliates can host one; send /salon to learn how.
faq-salon-what-keywords = salon, strategy salon, salons, gathering, meetup, meet-up, in-person, in person, face to face, host, hosting, hold a salon, recognized affiliate, theme, themes

faq-salon-grants-title = How many Strategy Salon grants were given?
faq-salon-grants-answer = Interest is strong and many affiliates applied: 44 Strategy Salon grants have been approved in total, and 12 of them are for youth events.
faq-salon-grants-keywords = salon grant, salon grants, salon, grant, grants, funding, funded, fund, money, budget, approved, approval, applicants, how many, youth, young, 44, 12, application, financing, financial support

faq-csl-title = Who are the Community Strategy Liaisons?
faq-csl-answer = Community Strategy Liaisons have been hired to lead the strategy conversations on-wiki and in social media channels for seven language communities: Mandarin, Hindi, Arabic, German, Portuguese, French and Spanish. Send /liaison to find the one for your language.
faq-csl-keywords = community strategy liaison, liaison, liaisons, csl, hired, staff, coordinator, mandarin, chinese, hindi, arabic, german, portuguese, french, spanish, seven languages, which languages, my language, language community, on-wiki and in social media

faq-osl-title = What is an Organizational Strategy Liaison?
faq-osl-answer = Organizational Strategy Liaisons are volunteers who lead the strategy conversations inside organized groups, such as affiliates and other groups of the movement. Check the list to see whether your group already has one: { $link }
faq-osl-keywords = organizational strategy liaison, organisational, organizational, organization, organisation, osl, organized group, organised group, inside my group, inside groups, within groups, chapter, chapters, user group, affiliate, lead conversations, leads, list of liaisons, does my group have

faq-volunteer-title = How can I volunteer as a liaison for my group?
faq-volunteer-answer = If your organized group has no Organizational Strategy Liaison yet, you can volunteer to be one. First check the list to see whether your group already has one, then sign up here: { $link }
faq-volunteer-keywords = volunteer, volunteering, volunter, sign up, signup, sign me up, register, become, be a liaison, become a liaison, take on, that role, the role, represent, representative, apply to be, nominate, organizational strategy liaison, osl, liaison for my group, liaison for our group, my group, our group

faq-join-title = How can I join the existing discussions?
faq-join-answer = Conversations take place within organized groups and language communities, in many languages. Find out the preferred channels of your group or language community; the liaisons lead these conversations on-wiki and in social media. Send /liaison to find yours.
faq-join-keywords = join, existing, ongoing, already running, take part, participate, participation, existing discussion, channel, channels, chat group, social media, on-wiki, talk page, get involved, involved, follow

faq-start-title = How can I start a discussion on my own?
faq-start-answer = If you do not see a discussion on your topic or in the channel where you are most active, start one yourself: use the Community Conversations Toolkit as a guide, translate the scoping documents into your language, and share the results with the Community Relations Specialist or a Community Strategy Liaison. Send /discuss for the links.
faq-start-keywords = start, own discussion, my own, on my own, initiate, launch, organize a discussion, organise a discussion, run a discussion, run a strategy discussion, begin, new discussion, myself, by myself, lead a conversation, nobody is talking, no discussion

faq-toolkit-title = What is the Community Conversations Toolkit?
faq-toolkit-answer = The Community Conversations Toolkit is a guide for people who want to start strategy conversations in their own community: how to prepare, run and report a discussion. You find it here: { $link }
faq-toolkit-keywords = toolkit, tool kit, tools, guide, guidance, handbook, manual, how to run, prepare, materials, resources, template, community conversations toolkit

faq-translate-title = How can I translate the scoping documents?
faq-translate-answer = The scoping documents describe the themes of the strategy conversations. Translating them into your language helps your community take part. The documents and how to translate them: { $link }
faq-translate-keywords = translate, translating, translation, translator, scoping, scoping document, scoping documents, documents, into my language, localize, localise, language version

faq-starters-title = What are the Conversation Starters?
faq-starters-answer = Conversation Starters: Drivers is a discussion guide, made as a presentation, that offers new ways to help communities think about strategy. Some of its slides are explained on a separate page. The guide: { $link }
faq-starters-keywords = conversation starters, starters, starter, drivers, driver, presentation, slides, slide, deck, discussion guide, icebreaker, prompts

faq-survey-title = How can I give my feedback in the survey?
faq-survey-answer = The survey lets you share your feedback with the strategy team directly. Send /survey to answer it right here in the chat, or open it on the web: { $link }
faq-survey-keywords = survey, questionnaire, feedback, opinion, poll, form, share my view, give feedback, respond, answer questions, say what i think, have my say

faq-phase-title = When does the next phase start?
faq-phase-answer = The next phase of community conversations will start in January.
faq-phase-keywords = next phase, phase, when, timeline, schedule, january, next step, next steps, next stage, stage, start again, resume, soon, upcoming, start date, deadline, calendar, dates, round

faq-reports-title = Where can I read the event and monthly reports?
faq-reports-answer = Reports from the community events of June to September 2019, and the monthly reports, are collected on the Participate page: { $link }
faq-reports-keywords = report, reports, monthly, monthly report, event report, summary, summaries, minutes, june, september, 2019, read about, what happened, last summer, events

faq-support-title = Who can help me or hear about the results of our discussion?
faq-support-answer = The Community Relations Specialist and the Community Strategy Liaisons support people who run discussions, and they collect the results. Share your results with them, or ask them for help. Send /liaison to find your contact.
faq-support-keywords = help, support, contact, reach, email, who can i ask, ask someone, specialist, community relations, relations specialist, share results, send results, send the results, results, outcomes, collect, collects, share our, who do i share

faq-faqpage-title = Where is the full FAQ about community conversations?
faq-faqpage-answer = The FAQ page has a dedicated section with answers to questions about community conversations: { $link }
faq-faqpage-keywords = faq, frequently asked, questions page, full faq, whole faq, complete faq, more questions, other questions, q&a, documentation, more information, more info
