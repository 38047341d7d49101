"""The FAQ's feedback loop: 👍/👎 once per answer, unanswered and 👎 questions kept per
locale without anyone's id, shown to liaisons of that language and admins."""

from __future__ import annotations

import dataclasses

from bot import actions
from bot.bootstrap import Texts, bootstrap
from bot.core import Core
from bot.settings import Settings
from bot.types import ActionKind, Rendered
from storage import QuestionKind
from tests.unit.test_survey import Respondent

T0 = "2000-01-01T00:00:00Z"
RATINGS = (ActionKind.FAQ_HELPFUL, ActionKind.FAQ_UNHELPFUL)


def rating_buttons(replies: list[Rendered]) -> list[str]:
    return [data for r in replies for row in r.buttons for _, data, *_ in row
            if actions.decode(data).kind in RATINGS]


async def test_an_answer_is_rated_once_and_a_thumbs_down_is_kept(core: Core) -> None:
    person = Respondent(core, user="61")
    await person.send("What is a Strategy Salon?")
    assert "in-person gathering" in person.text
    down = person.button(ActionKind.FAQ_UNHELPFUL, "salon-what")
    assert person.button(ActionKind.FAQ_HELPFUL, "salon-what")
    [edited] = await person.send(action=down)
    assert "in-person gathering" in edited.text  # the same answer, the rating buttons gone
    assert not rating_buttons([edited])
    [again] = await person.send(action=down)  # an old message's button: already rated
    assert again.text == core.services.i18n.format("en", "error-button-expired")
    [kept] = await core.services.store.logged_questions(("en",), T0)
    assert (kept.question, kept.kind, kept.entry) == (
        "What is a Strategy Salon?", QuestionKind.UNHELPFUL, "salon-what")
    assert "61" not in str(dataclasses.astuple(kept))  # nobody's id


async def test_unanswered_questions_are_kept_per_locale_and_shown_to_liaisons(
        core: Core) -> None:
    await Respondent(core, user="62", tag="de").send("Wo kann ich mein Fahrrad reparieren?")
    await Respondent(core, user="63", tag="fr").send("Où réparer mon vélo ?")
    nobody = Respondent(core, user="64", tag="de")
    await nobody.send("/unanswered")
    assert nobody.text == core.services.i18n.format("de", "unanswered-not-allowed")
    await core.services.store.grant_role("console", "65", "liaison", ("de",))
    liaison = Respondent(core, user="65", tag="de")
    await liaison.send("/unanswered")
    assert "Fahrrad" in liaison.text and "vélo" not in liaison.text


async def test_no_log_when_the_operator_turns_it_off(settings: Settings, texts: Texts) -> None:
    quiet = dataclasses.replace(settings, faq_log_questions=False)
    core = await bootstrap(quiet, texts=texts)
    try:
        person = Respondent(core, user="66")
        await person.send("What is a Strategy Salon?")
        assert "in-person gathering" in person.text and not rating_buttons(person.last)
        await person.send("Where can I repair my bike?")
        assert await core.services.store.logged_questions(None, T0) == []
        await person.send("/privacy")
        assert "30 days" not in person.text
        assert "30 days" in core.services.i18n.format("en", "privacy-info", {"logged": "yes"})
    finally:
        await core.services.store.close()
