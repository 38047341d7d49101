# Handing in the results of a discussion (/share) and listing them (/discussions).

share-button = 📝 Share your results
share-intro = Thank you for holding a discussion! I will ask a few questions about it, one at a time; you will see everything before you submit. The liaisons for its language receive a summary.
share-group = Who held the discussion? The name of your group or community.
share-language = In which language was the discussion held?
share-date = On which day was it held? Write the date like 2026-11-28.
share-participants = How many people took part?
share-themes = Which of the thematic areas did it touch? Choose as many as fit, then press Done.
share-themes-advocacy = Advocacy
share-themes-capacity = Capacity Building
share-themes-health = Community Health
share-themes-diversity = Diversity
share-themes-partnerships = Partnerships
share-themes-product = Product & Technology
share-themes-resources = Resource Allocation
share-themes-revenue = Revenue Streams
share-themes-roles = Roles & Responsibilities
share-conclusions = What were the main conclusions? (at most 3,000 characters)
share-link = If there are notes on-wiki, send their link (starting with https://). Otherwise press Skip.
share-preview = Please check before you submit:
    Group: { $group }
    Language: { $language }
    Date: { $date }
    People: { $participants }
    Themes: { $themes }
    Conclusions: { $conclusions }
    Notes: { $link }
share-submit = Submit
share-thanks = Thank you! Your results are saved as discussion #{ $number }, and the liaisons for its language have a summary.
share-notify = 📝 Discussion results #{ $number } · { $language }
    { $group }, { $date }, { $participants ->
        [one] one person
       *[other] { $participants } people
    }
    { $summary }

discussions-not-allowed = Only liaisons and admins can see shared discussion results.
discussions-none = No discussion results have been shared for { $languages } yet.
discussions-list = Discussion results shared for { $languages } (latest { $count }):

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] one person
       *[other] { $participants } people
    }
    { $themes }
    { $summary }
    { $link }
