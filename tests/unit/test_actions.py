"""Button data: compact, within Telegram's 64 bytes, and forged data is refused."""

from __future__ import annotations

import pytest

from bot.actions import MAX_LENGTH, InvalidAction, decode, encode
from bot.types import Action, ActionKind


@pytest.mark.parametrize(
    "action",
    [
        Action(ActionKind.COMMAND, "faq"),
        Action(ActionKind.LANGUAGE, "zh-Hans"),
        Action(ActionKind.FAQ, "salon-grants"),
        Action(ActionKind.FORGET_YES, token="AbC-d_9"),
    ],
)
def test_round_trip(action: Action) -> None:
    data = encode(action)
    assert len(data.encode("utf-8")) <= MAX_LENGTH
    assert decode(data) == action


@pytest.mark.parametrize(
    "data",
    [
        "", "faq", "p1:zz:faq:", "p2:c:faq:", "p1:c:faq", "p1:c:faq::", "p1:c:<b>x</b>:",
        "p1:c:" + "a" * 70 + ":", "p1:l:de:" + "ü", "p1:f:../../etc:", "null", "p1:c:faq:\n",
    ],
)
def test_forged_data_is_refused(data: str) -> None:
    with pytest.raises(InvalidAction):
        decode(data)


def test_encode_refuses_what_it_could_not_decode() -> None:
    with pytest.raises(ValueError):
        encode(Action(ActionKind.FAQ, "has:colon"))
    with pytest.raises(ValueError):
        encode(Action(ActionKind.FAQ, "x" * 40, token="y" * 40))
