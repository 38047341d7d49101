"""The survey through the real core and console adapter, on a real SQLite file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot import actions
from bot.bootstrap import Texts, bootstrap
from bot.core import Core
from bot.settings import Settings
from bot.types import ActionKind, Incoming, Rendered
from tests.conftest import find_button

Pick = Callable[[str], bool]


class Respondent:
    """One person answering through core.handle; presses buttons by what they do."""

    def __init__(self, core: Core, user: str = "5", tag: str = "en", private: bool = True) -> None:
        self.core, self.user, self.tag, self.private = core, user, tag, private
        self.last: list[Rendered] = []

    async def send(self, text: str | None = None, action: str | None = None) -> list[Rendered]:
        incoming = Incoming("console", self.user if self.private else "-100", self.user,
                            text=text, action=action, locale_tag=self.tag, private=self.private)
        self.last = [self.core.render(r) for r in await self.core.handle(incoming)]
        return self.last

    def button(self, kind: ActionKind, arg: str = "") -> str:
        return find_button(self.last, kind, arg)

    async def press(self, kind: ActionKind, arg: str = "") -> list[Rendered]:
        return await self.send(action=self.button(kind, arg))

    @property
    def text(self) -> str:
        return "\n".join(r.text for r in self.last)


ANSWERS = [  # the whole survey as an affiliate who likes salons
    (ActionKind.ANSWER, "affiliate"),
    (ActionKind.PICK, "advocacy"), (ActionKind.PICK, "health"), (ActionKind.DONE, ""),
    (ActionKind.ANSWER, "4"),
    (ActionKind.PICK, "salon"), (ActionKind.DONE, ""),
    (ActionKind.ANSWER, "yes"),  # host (only for affiliates)
    (ActionKind.SKIP, ""),  # youth (only with salon), optional
]


async def complete(person: Respondent, change: str = "More translation, please!") -> None:
    await person.send("/survey")
    for kind, arg in ANSWERS:
        await person.press(kind, arg)
    await person.send(change)
    await person.press(ActionKind.ANSWER, "no")  # consent


@pytest.mark.parametrize(("tag", "script"), [("ar", "\u0600-\u06ff"), ("ja", "\u3040-\u30ff"),
                                             ("de", "a-zäöü"), ("es", "a-záéíóúñ"),
                                             ("zh-hans", "\u4e00-\u9fff"), ("th", "\u0e00-\u0e7f")])
async def test_whole_survey_in_several_languages(core: Core, tag: str, script: str) -> None:
    person = Respondent(core, tag=tag)
    await complete(person, change="مزيد من الترجمة 翻訳 ✓ <b>x</b>")
    assert person.last[-1].text == core.services.i18n.format(person.last[-1].locale,
                                                              "survey-thanks")
    [response] = await core.services.store.list_responses("survey")
    assert response.language == person.last[-1].locale
    assert response.answers == {"role": "affiliate", "areas": ["advocacy", "health"],
                                "involved": "4", "ways": ["salon"], "host": "yes", "youth": None,
                                "change": "مزيد من الترجمة 翻訳 ✓ <b>x</b>", "consent": "no"}
    assert "telegram" not in response.respondent and response.respondent != "5"
    assert await core.services.store.get_flow("console", "5") is None


async def test_progress_is_shown_and_conditions_apply(core: Core) -> None:
    person = Respondent(core)
    await person.send("/survey")
    assert "Question 1 of 8" in person.text
    await person.press(ActionKind.ANSWER, "editor")  # not an affiliate: no host question
    assert "Question 2 of 7" in person.text
    await person.press(ActionKind.PICK, "roles")
    await person.press(ActionKind.DONE)
    await person.press(ActionKind.ANSWER, "2")
    await person.press(ActionKind.PICK, "wiki")  # no salon: no youth question
    await person.press(ActionKind.DONE)
    assert "Question 5 of 6" in person.text and "in your own words" in person.text


async def test_a_restart_in_the_middle_resumes(settings: Settings, texts: Texts) -> None:
    first = await bootstrap(settings, texts=texts)
    person = Respondent(first)
    await person.send("/survey")
    await person.press(ActionKind.ANSWER, "technical")
    await person.press(ActionKind.PICK, "product")
    await first.services.store.close()

    second = await bootstrap(settings, texts=texts)  # a new process on the same database
    person = Respondent(second)
    await person.send("/survey")
    assert person.last[0].text.startswith("Welcome back")
    assert "Question 2 of" in person.text
    assert any(label.startswith("✓") for r in person.last for row in r.buttons
               for label, *_ in row)  # the pick made before the restart is still there
    await person.press(ActionKind.DONE)
    assert "Question 3 of" in person.text
    await second.services.store.close()


async def test_one_response_per_person_review_and_change(core: Core) -> None:
    person = Respondent(core)
    await complete(person)
    await person.send("/survey")
    assert "already answered" in person.text and "Advocacy, Community Health" in person.text
    await person.press(ActionKind.SURVEY_KEEP)
    assert person.text == "Your answers stay as they are. Thank you!"
    await person.send("/survey")
    await person.press(ActionKind.SURVEY_CHANGE)
    await person.press(ActionKind.ANSWER, "new")
    await person.press(ActionKind.UNPICK, "advocacy")  # picked before: shown picked
    await person.press(ActionKind.PICK, "diversity")
    await person.press(ActionKind.DONE)
    await person.press(ActionKind.ANSWER, "1")
    await person.press(ActionKind.UNPICK, "salon")
    await person.press(ActionKind.PICK, "chat")
    await person.press(ActionKind.DONE)
    await person.send("Fewer meetings")
    await person.press(ActionKind.ANSWER, "yes")
    [response] = await core.services.store.list_responses("survey")  # replaced, not added
    assert response.answers["role"] == "new" and "host" not in response.answers
    assert response.answers["areas"] == ["health", "diversity"]
    assert "youth" not in response.answers and response.answers["change"] == "Fewer meetings"


async def test_double_press_is_idempotent_and_stale_buttons_are_refused(core: Core) -> None:
    person = Respondent(core)
    await person.send("/survey")
    editor = person.button(ActionKind.ANSWER, "editor")
    other = person.button(ActionKind.ANSWER, "reader")
    await person.send(action=editor)
    state = await core.services.store.get_flow("console", "5")
    assert await person.send(action=editor) == []  # the same press again: nothing changes
    assert await core.services.store.get_flow("console", "5") == state
    await person.send(action=other)  # another answer to a question already passed
    assert person.last[0].text.startswith("That button belongs to another question")
    assert "Question 2 of" in person.last[1].text
    await person.send(action="p1:a:zzz:areas")  # forged option for the current question
    assert person.text.startswith("This button has expired")
    assert await core.services.store.get_flow("console", "5") == state


async def test_validation_back_skip_and_cancel(core: Core) -> None:
    person = Respondent(core)
    await person.send("/survey")
    await person.send("I am an editor")  # typed where a button is expected
    assert person.last[0].text == "Please answer with one of the buttons."
    await person.press(ActionKind.ANSWER, "editor")
    await person.press(ActionKind.DONE)  # nothing chosen yet
    assert person.last[0].text.startswith("Please choose at least one option")
    await person.press(ActionKind.PICK, "advocacy")
    await person.press(ActionKind.UNPICK, "advocacy")
    await person.press(ActionKind.PICK, "revenue")
    await person.press(ActionKind.DONE)
    await person.send("5")  # a scale may also be typed
    assert "Question 4 of" in person.text
    await person.press(ActionKind.BACK)
    assert "Question 3 of" in person.text
    await person.send("6")
    assert person.last[0].text == "Please answer with one of the buttons."
    await person.send("3")
    await person.press(ActionKind.PICK, "group")
    await person.press(ActionKind.DONE)
    await person.send("x" * 1001)
    assert "at most 1,000 characters" in person.last[0].text
    await person.send("   ")
    assert person.last[0].text == "Please type your answer." or "Question" in person.text
    await person.send("/cancel")
    assert person.text == "Stopped. Nothing is running now."
    await person.send(action="p1:s::change")  # Skip of the cancelled flow
    assert person.text.startswith("This button has expired")


async def test_survey_is_private_and_forget_deletes_the_answers(core: Core) -> None:
    group = Respondent(core, private=False)
    await group.send("/survey")
    assert "private chat" in group.text
    await group.send("/start survey")
    assert "private chat" in group.text
    assert actions.decode(group.button(ActionKind.PRIVATE)).arg == "survey"
    person = Respondent(core)
    await complete(person)
    await person.send("/forget")
    await person.press(ActionKind.FORGET_YES)
    assert person.last[0].text.startswith("Done. I deleted")
    assert await core.services.store.list_responses("survey") == []


async def test_deep_link_starts_the_survey(core: Core) -> None:
    person = Respondent(core, user="77")
    await person.send("/start survey")
    assert "Question 1 of 8" in person.text


async def test_volunteer_sign_up_notifies_admins_in_their_language(
    settings: Settings, texts: Texts
) -> None:
    admins = Settings.from_env({"DATABASE_URL": settings.database_url,
                                "BOT_ADMINS": "telegram:900,discord:901,console:903"})
    core = await bootstrap(admins, texts=texts)
    await core.services.store.set_language("telegram", "900", "de")
    await Respondent(core, user="903", tag="ja-JP").send("/help")  # never chose: the app's
    person = Respondent(core, tag="fr")
    await person.send("/volunteer")
    assert "Organizational_Strategy_Liaisons" in person.text
    await person.send("Wikimedia France")
    await person.press(ActionKind.ANSWER, "fr")
    await person.send("User:Exemple")
    assert "Wikimedia France" in person.text and "français" in person.text
    send = person.button(ActionKind.VOLUNTEER_SEND)
    replies = await person.send(action=send)
    # On the durable queue for the platforms; the console's admin sees it at once.
    store = core.services.store
    queued = {d.platform: d for platform in ("telegram", "discord")
              for d in await store.claim(platform, "9999", "9999", 10)}
    assert (queued["telegram"].chat_id, queued["discord"].chat_id) == ("900", "901")
    assert queued["telegram"].language == "de" and queued["discord"].language == "en"
    assert "Wikimedia France" in queued["telegram"].body
    [console] = [r for r in replies if r.to]
    assert (console.to.platform, console.to.user_id) == ("console", "903")  # type: ignore[union-attr]
    assert console.locale == "ja"  # the language its platform last reported
    assert await person.send(action=send) != []  # pressed again: expired, no second sign-up
    assert len(await core.services.store.list_volunteers()) == 1
    await core.services.store.close()


async def test_results_only_for_liaisons_and_admins(settings: Settings, texts: Texts) -> None:
    core = await bootstrap(Settings.from_env({"DATABASE_URL": settings.database_url,
                                              "BOT_ADMINS": "console:1"}), texts=texts)
    for user, tag in (("11", "de"), ("12", "ar"), ("13", "de")):
        await complete(Respondent(core, user=user, tag=tag))
    nobody = Respondent(core, user="20")
    await nobody.send("/results")
    assert nobody.text == "Only liaisons and admins can see the survey results."
    await core.services.store.grant_role("console", "21", "liaison", ("de",))
    liaison = Respondent(core, user="21", tag="de")
    [reply] = await liaison.send("/results")
    assert reply.image is not None and reply.image.startswith(b"\x89PNG")
    assert "2" in reply.text and "Deutsch" in reply.text  # two German responses, not the Arabic
    admin = Respondent(core, user="1")
    [everything] = await admin.send("/results")
    assert "3 responses" in everything.text
    await core.services.store.close()


def test_action_kinds_fit_in_button_data(**_: Any) -> None:
    for kind in ActionKind:
        assert len(actions.encode(actions.Action(kind, "x" * 20, "y" * 20))) <= 64
