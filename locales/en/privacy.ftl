# What is stored (/privacy) and deleting it (/forget).

privacy-info = What I store about you, and why:
    • your user id on this platform and the language you chose, so that I can answer you in your language;
    • where you are in a step-by-step conversation, and a survey you set aside to do something else, so that you can continue later;
    • your survey answers, under a pseudonymous id computed with a secret key, never with your user id;
    • if you volunteer as a liaison: your group, its language and the contact you give, for the strategy team;
    • the languages whose announcements you receive, and the announcements waiting for you or already sent to you;
    • questions you send to a person with /ask and the messages of that conversation, so that the answers reach you (the liaisons see your question and its language, never your user id);
    • discussion results you share with /share;
    • the day you last used the bot, so that the monthly report counts each person once; the report itself holds only counts per day and language.
    I keep all this until you send /forget, which deletes all of it at once, announcements not yet sent to you included. Announcements and events you wrote as a liaison stay, but no longer show who wrote them; the monthly counts stay, as they hold nothing about you. I keep no usernames and no copies of your other messages{ $logged ->
        [yes] , except the questions I could not answer and those whose answer got a 👎: I keep their text for 30 days, without your user id or anything else that points to you, so that the people who write the answers learn what is missing.
       *[no] .
    }
forget-confirm = Do you really want me to delete everything I store about you? This cannot be undone.
forget-yes = Yes, delete everything
forget-no = No, keep it
forget-done = Done. I deleted everything I stored about you ({ $count ->
        [one] one record
       *[other] { $count } records
    }).
forget-kept = All right, nothing was deleted.
