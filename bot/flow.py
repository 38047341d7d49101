"""Step-by-step flows as data: questions, their types, and the conditions that select them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.languages import LOCALES

_ID = re.compile(r"[a-z][a-z0-9]{0,30}")
DEFAULT_TEXT_LIMIT = 1000


class FlowError(ValueError):
    """A flow definition is malformed; the message says where."""


class QType(StrEnum):
    SINGLE = "single"  # one option, by button
    MULTI = "multi"  # any options, then Done
    SCALE = "scale"  # 1 to 5
    YESNO = "yesno"
    TEXT = "text"  # typed, at most max_length characters
    LANGUAGE = "language"  # one of our locales, shown in their own names
    DATE = "date"  # typed: 2026-11-28 (or 28.11.2026, 28/11/2026), not in the future
    NUMBER = "number"  # typed: a whole number from 1 to 100,000
    LINK = "link"  # typed: an https link


TYPED = {QType.TEXT: 0, QType.DATE: 40, QType.NUMBER: 12, QType.LINK: 500}  # 0: max_length


@dataclass(frozen=True)
class Condition:
    """Ask a question only if another was answered with `value` (or, for multi, included it)."""

    question: str
    value: str

    def holds(self, answers: dict[str, Any]) -> bool:
        given = answers.get(self.question)
        return given == self.value or (isinstance(given, list) and self.value in given)


@dataclass(frozen=True)
class Question:
    id: str
    type: QType
    options: tuple[str, ...] = ()
    required: bool = True
    max_length: int = DEFAULT_TEXT_LIMIT
    condition: Condition | None = None

    @property
    def typed(self) -> int | None:
        """The length of a typed answer, for the questions answered by typing."""
        if self.type not in TYPED:
            return None
        return TYPED[self.type] or self.max_length

    @property
    def choices(self) -> tuple[str, ...]:
        """The answers a button may carry."""
        if self.type is QType.SCALE:
            return ("1", "2", "3", "4", "5")
        if self.type is QType.YESNO:
            return ("yes", "no")
        if self.type is QType.LANGUAGE:
            return LOCALES
        return self.options


@dataclass(frozen=True)
class FlowDef:
    name: str
    questions: tuple[Question, ...]

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)

    def applicable(self, answers: dict[str, Any]) -> list[Question]:
        return [q for q in self.questions if q.condition is None or q.condition.holds(answers)]

    def after(self, qid: str | None, answers: dict[str, Any]) -> Question | None:
        """The next question to ask after `qid` (the first one if None)."""
        ids = [q.id for q in self.questions]
        start = 0 if qid is None else ids.index(qid) + 1
        for q in self.questions[start:]:
            if q.condition is None or q.condition.holds(answers):
                return q
        return None

    def progress(self, qid: str, answers: dict[str, Any]) -> tuple[int, int]:
        """(number of this question, how many may be asked): a conditional question counts
        until the answer it depends on rules it out, so the total shrinks rather than grows."""
        asked = [
            q.id for q in self.questions
            if q.condition is None or q.condition.question not in answers
            or q.condition.holds(answers)
        ]
        return (asked.index(qid) + 1 if qid in asked else len(asked), len(asked))

    def msg(self, question: Question, option: str | None = None) -> str:
        """The Fluent id of a question, or of one of its options."""
        return f"{self.name}-{question.id}" + (f"-{option}" if option else "")


def parse_flow(name: str, raw: Any) -> FlowDef:
    if not isinstance(raw, list) or not raw:
        raise FlowError(f"[[{name}]]: a flow needs at least one question")
    questions: list[Question] = []
    for index, item in enumerate(raw):
        where = f"[[{name}]] #{index + 1}"
        if not isinstance(item, dict) or not _ID.fullmatch(str(item.get("id", ""))):
            raise FlowError(f"{where}: needs an id of lowercase letters and digits")
        qid = item["id"]
        if any(q.id == qid for q in questions):
            raise FlowError(f"{where}: duplicate question id {qid!r}")
        try:
            qtype = QType(item.get("type", ""))
        except ValueError:
            raise FlowError(f"{where} {qid}: type must be one of {[t.value for t in QType]}") \
                from None
        options = tuple(item.get("options", ()))
        if (qtype in (QType.SINGLE, QType.MULTI)) != bool(options):
            raise FlowError(f"{where} {qid}: options go with single and multi, and only there")
        if not all(isinstance(o, str) and _ID.fullmatch(o) for o in options):
            raise FlowError(f"{where} {qid}: option ids are lowercase letters and digits")
        if len(set(options)) != len(options):
            raise FlowError(f"{where} {qid}: duplicate options")
        condition = _condition(where, item.get("if"), questions)
        limit = item.get("max_length", DEFAULT_TEXT_LIMIT)
        if not isinstance(limit, int) or not 1 <= limit <= 4000:
            raise FlowError(f"{where} {qid}: max_length must be 1 to 4000")
        questions.append(Question(qid, qtype, options, bool(item.get("required", True)),
                                  limit, condition))
    return FlowDef(name, tuple(questions))


def _condition(where: str, raw: Any, before: list[Question]) -> Condition | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) != {"question", "is"}:
        raise FlowError(f"{where}: `if` must be {{ question = \"id\", is = \"answer\" }}")
    target = next((q for q in before if q.id == raw["question"]), None)
    if target is None:
        raise FlowError(f"{where}: `if` names {raw['question']!r}, which is not asked before it")
    if raw["is"] not in target.choices:
        raise FlowError(f"{where}: `if` expects {raw['is']!r}, not an answer of {target.id!r}")
    return Condition(target.id, raw["is"])
