"""What people type keeps its meaning: ZWNJ in Persian words, ZWJ in Hindi conjuncts and emoji
sequences, variation selectors, zero-width spaces survive; bidi overrides and controls do not."""

from __future__ import annotations

import pytest

from bot.core import Core
from bot.survey_report import flat_row
from bot.types import ActionKind
from storage import ChatKind
from tests.unit.test_survey import ANSWERS, Respondent

PERSIAN = "می\u200cخواهم گفتگوها به فارسی\u200cتر باشند"  # ZWNJ inside words
HINDI = "क्\u200dष और अनुवाद ज़्यादा"  # ZWJ in a conjunct
EMOJI = "👩\u200d👩\u200d👧 ❤\ufe0f 🏳\ufe0f\u200d🌈"  # ZWJ sequences, variation selectors
THAI = "อยาก\u200bให้\u200bมี\u200bการแปล"  # zero-width spaces between words


@pytest.mark.parametrize(("tag", "text"), [("fa", PERSIAN), ("hi", HINDI), ("en", EMOJI),
                                           ("th", THAI)])
async def test_survey_answers_keep_every_character(core: Core, tag: str, text: str) -> None:
    person = Respondent(core, tag=tag)
    await person.send("/survey")
    for kind, arg in ANSWERS:
        await person.press(kind, arg)
    await person.send(f"\u202e{text}\x00")  # an override and a NUL around it are taken out
    await person.press(ActionKind.ANSWER, "yes")
    [response] = await core.services.store.list_responses("survey")
    assert response.answers["change"] == text
    assert flat_row(core.services.content.flows["survey"], response)["change"] == text


async def test_announcements_and_event_titles_keep_them(core: Core) -> None:
    store = core.services.store
    await store.grant_role("console", "5", "liaison", ("fa",))
    await store.subscribe("telegram", "77", "fa", ChatKind.USER)
    liaison = Respondent(core, tag="fa")
    await liaison.send("/announce")
    await liaison.send(f"{PERSIAN} {EMOJI}")
    await liaison.press(ActionKind.ANNOUNCE_NO_LINK)
    assert PERSIAN in liaison.text  # the preview
    await liaison.press(ActionKind.ANNOUNCE_SEND)
    [delivery] = await store.due("telegram", "2999-01-01T00:00:00Z", 10)
    assert PERSIAN in delivery.body and EMOJI in delivery.body
    await liaison.send("/events add")
    await liaison.send(f"نشست {PERSIAN}")
    await liaison.send("2099-05-01T18:00")
    await liaison.press(ActionKind.EVENT_UTC)
    await liaison.press(ActionKind.EVENT_NO_LINK)
    titles = [e.title for e in await store.upcoming_events("2026-01-01T00:00:00Z")]
    assert f"نشست {PERSIAN}" in titles


@pytest.mark.parametrize("typed", ["msg:error-generic", "msg:volunteer-notify"])
async def test_a_title_that_looks_like_a_message_id_is_shown_as_typed(core: Core,
                                                                      typed: str) -> None:
    """A liaison's title (or an operator's `events add --title`) is content, not an id."""
    store = core.services.store
    await store.add_event(typed, "2099-05-01T18:00:00Z", "UTC", (), "", "cli")
    await store.grant_role("console", "5", "liaison", ("de",))
    liaison = Respondent(core, tag="de")
    await liaison.send("/events add")
    await liaison.send(typed)
    await liaison.send("2099-06-01T18:00")
    await liaison.press(ActionKind.EVENT_UTC)
    await liaison.press(ActionKind.EVENT_NO_LINK)
    reader = Respondent(core, "6", tag="de")
    await reader.send("/events")
    i18n = core.services.i18n
    assert reader.text.count(typed) == 2
    assert i18n.format("de", "error-generic") not in reader.text
    assert "$group" not in reader.text and "{" not in reader.text
    assert "Januar 2027" in reader.text  # the seeded event is still translated
