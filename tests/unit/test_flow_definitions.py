"""Flow definitions as data: what parse_flow accepts and refuses, and how conditions work."""

from __future__ import annotations

from typing import Any

import pytest

from bot.flow import Condition, FlowError, QType, parse_flow

GOOD: list[dict[str, Any]] = [
    {"id": "role", "type": "single", "options": ["a", "b"]},
    {"id": "areas", "type": "multi", "options": ["x", "y"]},
    {"id": "more", "type": "yesno", "required": False, "if": {"question": "role", "is": "a"}},
    {"id": "pick", "type": "text", "if": {"question": "areas", "is": "y"}, "max_length": 20},
]


def test_a_good_flow() -> None:
    flow = parse_flow("demo", GOOD)
    assert [q.id for q in flow.questions] == ["role", "areas", "more", "pick"]
    assert flow.question("more").condition == Condition("role", "a")  # type: ignore[union-attr]
    assert [q.id for q in flow.applicable({"role": "b", "areas": ["x"]})] == ["role", "areas"]
    assert [q.id for q in flow.applicable({"role": "a", "areas": ["x", "y"]})] == [
        "role", "areas", "more", "pick"]
    assert flow.progress("role", {}) == (1, 4)  # undecided conditions still count
    assert flow.progress("areas", {"role": "b"}) == (2, 3)
    assert flow.after("areas", {"role": "b", "areas": ["y"]}).id == "pick"  # type: ignore[union-attr]
    assert flow.msg(flow.questions[0], "a") == "demo-role-a"
    assert flow.question("areas").type is QType.MULTI  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": "role", "type": "single", "options": ["a"]}, "duplicate"),
        ({"id": "x", "type": "essay"}, "type must be"),
        ({"id": "x", "type": "single"}, "options"),
        ({"id": "x", "type": "text", "options": ["a"]}, "options"),
        ({"id": "x", "type": "yesno", "if": {"question": "nope", "is": "a"}}, "not asked before"),
        ({"id": "x", "type": "yesno", "if": {"question": "role", "is": "zzz"}}, "not an answer"),
        ({"id": "x", "type": "yesno", "if": {"question": "role"}}, "`if` must be"),
        ({"id": "Bad Id", "type": "yesno"}, "needs an id"),
        ({"id": "x", "type": "single", "options": ["a", "a"]}, "duplicate options"),
        ({"id": "x", "type": "text", "max_length": 0}, "max_length"),
    ],
)
def test_bad_definitions_are_refused(change: dict[str, Any], message: str) -> None:
    with pytest.raises(FlowError, match=message):
        parse_flow("demo", [GOOD[0], change])


def test_an_empty_flow_is_refused() -> None:
    with pytest.raises(FlowError):
        parse_flow("demo", [])
