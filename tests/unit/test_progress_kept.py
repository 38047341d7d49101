"""No silent loss of progress: an unfinished survey survives other flows started on top of it."""

from __future__ import annotations

from bot.bootstrap import Texts, bootstrap
from bot.core import Core
from bot.settings import Settings
from bot.types import ActionKind
from tests.unit.test_survey import Respondent


async def halfway(person: Respondent) -> None:
    """Answers the first two questions of the survey; the third one is asked."""
    await person.send("/survey")
    await person.press(ActionKind.ANSWER, "editor")
    await person.press(ActionKind.PICK, "health")
    await person.press(ActionKind.DONE)
    assert await step(person) == "involved"


async def step(person: Respondent) -> str | None:
    flow = await person.core.services.store.get_flow("console", person.user)
    return None if flow is None else f"{flow.step}" if flow.name == "survey" else flow.name


def t(core: Core, msg: str, locale: str = "en", **args: object) -> str:
    return core.services.i18n.format(locale, msg, args)


async def test_forget_then_no_brings_the_survey_back(core: Core) -> None:
    person = Respondent(core)
    await halfway(person)
    await person.send("/forget")
    assert t(core, "flow-parked", command="/survey") in person.text
    await person.press(ActionKind.FORGET_NO)
    assert t(core, "forget-kept") in person.text and t(core, "flow-resumed") in person.text
    assert "Question 3 of" in person.text
    await person.press(ActionKind.ANSWER, "4")  # the survey goes on where it was
    assert "Question 4 of" in person.text


async def test_typing_instead_of_confirming_forget_also_keeps_the_survey(core: Core) -> None:
    person = Respondent(core, tag="fa")
    await halfway(person)
    await person.send("/forget")
    await person.send("نه")
    assert t(core, "forget-kept", "fa") in person.text
    assert t(core, "flow-resumed", "fa") in person.text and "پرسش 3 از" in person.text
    assert await step(person) == "involved"


async def test_volunteering_in_the_middle_of_the_survey(core: Core) -> None:
    person = Respondent(core, tag="de")
    await halfway(person)
    await person.send("/volunteer")
    assert t(core, "flow-parked", "de", command="/survey") in person.text
    await person.send("Wikimedia Deutschland")
    await person.press(ActionKind.ANSWER, "de")
    await person.send("Benutzer:Beispiel")
    await person.press(ActionKind.VOLUNTEER_SEND)
    assert t(core, "volunteer-thanks", "de") in person.text
    assert t(core, "flow-resumed", "de") in person.text and "Frage 3 von" in person.text
    assert len(await core.services.store.list_volunteers()) == 1


async def test_cancel_of_the_flow_on_top_resumes_the_survey(core: Core) -> None:
    person = Respondent(core, tag="ja")
    await halfway(person)
    await person.send("/volunteer")
    await person.send("/cancel")
    assert t(core, "cancel-done", "ja") in person.text
    assert t(core, "flow-resumed", "ja") in person.text and await step(person) == "involved"
    await person.send("/cancel")  # now the survey itself is cancelled
    await person.send("/cancel")
    assert t(core, "cancel-nothing", "ja") in person.text


async def test_survey_command_brings_a_parked_survey_forward(settings: Settings,
                                                             texts: Texts) -> None:
    admins = Settings.from_env({"DATABASE_URL": settings.database_url,
                                "BOT_ADMINS": "console:5"})
    core = await bootstrap(admins, texts=texts)
    person = Respondent(core)
    await halfway(person)
    await person.send("/announce")  # an admin: asked for the language, the survey set aside
    assert t(core, "flow-parked", command="/survey") in person.text
    await person.send("/survey")
    assert t(core, "survey-resume") in person.text and "Question 3 of" in person.text
    await person.press(ActionKind.ANSWER, "3")
    assert "Question 4 of" in person.text
    await core.services.store.close()


async def test_the_survey_set_aside_survives_a_restart(settings: Settings, texts: Texts) -> None:
    first = await bootstrap(settings, texts=texts)
    person = Respondent(first)
    await halfway(person)
    await person.send("/forget")
    await first.services.store.close()
    second = await bootstrap(settings, texts=texts)
    person = Respondent(second)
    await person.send("keep it")  # typed instead of a button: no
    assert "Question 3 of" in person.text
    await second.services.store.close()
