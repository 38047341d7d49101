"""What a new member, liaison and admin meet in their first hour: deep links, refusals that
name the real reason, language names as words of the reader's language, events without a
link, survey progress that says why it changed, earlier answers shown when changing them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.adapters.console import Console
from bot.core import Core
from bot.types import ActionKind
from tests.unit.test_survey import Respondent, complete


async def test_the_private_chat_link_of_a_group_opens_the_command(core: Core) -> None:
    person = Respondent(core, user="31")
    await person.send("/start volunteer")
    assert "Organizational_Strategy_Liaisons" in person.text  # the sign-up's first step
    state = await core.services.store.get_flow("console", "31")
    assert state is not None and state.name == "volunteer"
    group = Respondent(core, user="32", private=False)
    await group.send("/start survey")
    assert group.button(ActionKind.PRIVATE, "survey")  # refused here, with a way there


async def test_refusals_name_what_was_refused(core: Core) -> None:
    member = Respondent(core, user="33")
    await member.send("/events add")
    assert member.text == "Only liaisons and admins can add events. Send /events to see the " \
                          "upcoming ones."
    await member.send("/subscribe xx")
    assert "“xx”" in member.text and "/subscribe" in member.text and "pt-BR" in member.text
    assert await core.services.store.subscribers(("en",)) == []  # nothing happened
    await member.send("/unsubscribe zz")
    assert "“zz”" in member.text and "/unsubscribe" in member.text


@pytest.mark.parametrize(("tag", "expected"), [
    ("fr", "en français"), ("es", "en español"), ("da", "på dansk"), ("ru", "русск"),
])
async def test_language_names_are_words_of_the_sentence(core: Core, tag: str,
                                                        expected: str) -> None:
    person = Respondent(core, user="34", tag=tag)
    await person.send("/subscribe")
    assert expected in person.text.lower(), person.text
    for title_case in ("Français", "Español", "Dansk", "Русский"):
        assert title_case not in person.text


async def test_lists_of_languages_use_the_locale_conjunction(core: Core) -> None:
    await core.services.store.grant_role("console", "35", "liaison", ("ar", "fa"))
    liaison = Respondent(core, user="35", tag="fa")
    await liaison.send("/results")
    assert "عربی و فارسی" in liaison.text or "فارسی و عربی" in liaison.text, liaison.text
    assert ", " not in liaison.text.split("\n")[0]  # no ASCII comma between Persian names


async def test_an_unnamed_liaison_reads_as_such_in_the_reader_language(core: Core) -> None:
    person = Respondent(core, user="36", tag="de")
    await person.send("/liaison")
    assert "Community Strategy Liaison\n" not in person.text
    assert "German Community Strategy Liaison" not in person.text
    assert person.text == core.services.i18n.format("de", "liaison-found-unnamed", {
        "language": "Deutsch", "contact": core.services.content.liaison_for("de").contact,
        "channels": core.services.content.liaison_for("de").channels[0]})


@pytest.mark.parametrize("tag", ["ar", "fa", "ug", "de"])
async def test_an_event_without_a_link_has_no_empty_link_line(core: Core, tag: str) -> None:
    await core.services.store.add_event("Salon", "2099-05-01T10:00:00+00:00", "UTC", (), "",
                                        "console:1")
    person = Respondent(core, user="37", tag=tag)
    await person.send("/events")
    last = person.text.rstrip().splitlines()[-1]  # the latest event: no "Link:" line after it
    assert "Salon" in last, person.text


async def test_the_survey_says_when_an_answer_changes_the_number_of_questions(
        core: Core) -> None:
    person = Respondent(core, user="38")
    await person.send("/survey")
    assert "Question 1 of 8" in person.text
    await person.press(ActionKind.ANSWER, "editor")  # not an affiliate: no host question
    assert person.text.startswith("Your answer leaves out one question: 7 in all now.\n\n")
    assert "Question 2 of 7" in person.text
    await person.press(ActionKind.PICK, "roles")
    await person.press(ActionKind.DONE)
    assert "in all now" not in person.text  # the total did not change
    await person.press(ActionKind.BACK)
    await person.press(ActionKind.BACK)
    await person.press(ActionKind.ANSWER, "affiliate")  # the host question comes back
    assert person.text.startswith("Your answer adds one question: 8 in all now.\n\n")
    assert len(person.last) == 1  # one message: a press edits it into the next step


async def test_changing_answers_starts_from_the_earlier_ones(core: Core) -> None:
    person = Respondent(core, user="39")
    await person.send("/survey")
    await person.press(ActionKind.ANSWER, "editor")
    await person.press(ActionKind.PICK, "roles")
    await person.press(ActionKind.DONE)
    await person.press(ActionKind.ANSWER, "2")
    await person.press(ActionKind.PICK, "wiki")
    await person.press(ActionKind.DONE)
    await person.send("More translation")
    await person.press(ActionKind.ANSWER, "yes")
    await person.send("/survey")
    assert "Advocacy" not in person.text  # the summary: questions without button instructions
    assert "then press Done" not in person.text
    await person.press(ActionKind.SURVEY_CHANGE)
    labels = [label for r in person.last for row in r.buttons for label, *_ in row]
    assert "✓ I edit a Wikimedia project" in labels  # the earlier answer, marked
    await person.press(ActionKind.ANSWER, "editor")
    labels = [label for r in person.last for row in r.buttons for label, *_ in row]
    assert "✓ Roles & Responsibilities" in labels  # picked before, still picked
    await person.press(ActionKind.DONE)
    await person.press(ActionKind.ANSWER, "5")
    await person.press(ActionKind.DONE)
    assert "Your answer so far: More translation" in person.text
    await person.press(ActionKind.KEEP)
    await person.press(ActionKind.ANSWER, "yes")
    [response] = await core.services.store.list_responses("survey")
    assert response.answers["change"] == "More translation"
    assert response.answers["involved"] == "5" and response.answers["areas"] == ["roles"]


async def test_a_too_long_announcement_is_said_to_be_too_long(core: Core) -> None:
    await core.services.store.grant_role("console", "40", "liaison", ("de",))
    liaison = Respondent(core, user="40")
    await liaison.send("/announce")  # one language: no language to choose
    await liaison.send("x" * 1001)
    assert liaison.text.startswith("That answer is too long. Please use at most 1,000")
    await liaison.send("Salon am Samstag")
    assert liaison.button(ActionKind.ANNOUNCE_NO_LINK)


async def test_console_group_admin_and_the_private_chat_button(core: Core) -> None:
    out = io.StringIO()
    console = Console(core, "41", "de", private=False, out=out, group_admin=True)
    await console.say("/subscribe")
    assert await core.services.store.subscribers(("de",)) != []  # the group is subscribed
    await console.say("/survey")  # refused in a group, with the button to the private chat
    await console.say(str(len(console.buttons)))
    assert "[now in the private chat with the bot]" in out.getvalue()
    assert "1" in out.getvalue().rsplit("[now in the private chat", 1)[1]  # question 1 shown
    assert console.private


async def test_console_images_are_removed_when_the_chat_ends(core: Core) -> None:
    await core.services.store.grant_role("console", "42", "liaison", ("de",))
    await complete(Respondent(core, user="43", tag="de"))
    out = io.StringIO()
    console = Console(core, "42", "de", out=out)
    await console.say("/results")
    shown = out.getvalue().split("[image: ", 1)[1].split("]", 1)[0]
    assert Path(shown).is_file()
    console.close()
    assert not Path(shown).exists()


async def test_an_event_at_a_time_the_zone_skips_or_repeats_is_asked_again(core: Core) -> None:
    await core.services.store.grant_role("console", "44", "liaison", ("de",))
    liaison = Respondent(core, user="44", tag="de-DE")
    await liaison.send("/events add")
    await liaison.send("Strategie-Salon")
    await liaison.send("2099-03-29 02:30")  # Berlin's clocks go from 02:00 to 03:00 that night
    await liaison.send("Europe/Berlin")
    assert "2099-03-29 03:30" in liaison.text  # what to send instead
    state = await core.services.store.get_flow("console", "44")
    assert state is not None and state.step == "when" and "local" not in state.data
    await liaison.send("2099-10-25 02:30")  # back from 03:00 to 02:00: 02:30 comes twice
    await liaison.send("Europe/Berlin")
    assert "2099-10-25 02:30+02:00" in liaison.text and "2099-10-25 02:30+01:00" in liaison.text
    await liaison.send("2099-10-25 02:30+01:00")  # the second one
    await liaison.send("Europe/Berlin")
    await liaison.press(ActionKind.EVENT_NO_LINK)
    [event] = [e for e in await core.services.store.upcoming_events("2099-01-01T00:00:00+00:00")
               if e.title == "Strategie-Salon"]
    assert event.starts_at == "2099-10-25T01:30:00Z"
