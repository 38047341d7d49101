"""Survey results for operators and liaisons: flat rows (CSV, JSON), counts and a chart."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from bot.flow import FlowDef, QType, Question
from bot.language_names import name_in, names_in
from bot.languages import BABEL_LOCALE, DEFAULT, LOCALES
from storage import Response

if TYPE_CHECKING:
    from bot.i18n import Translator

CHOICE_TYPES = (QType.SINGLE, QType.MULTI, QType.SCALE, QType.YESNO, QType.LANGUAGE)
# The answer of someone who skipped an optional question, in counts(); option ids are lowercase
# letters and digits, so it is never an option.
SKIPPED = "(skipped)"


def columns(flow: FlowDef) -> list[str]:
    """respondent, language, dates, then a column per question, and per option of a multi."""
    cols = ["respondent", "language", "created_at", "updated_at"]
    for q in flow.questions:
        cols += [f"{q.id}:{o}" for o in q.options] if q.type is QType.MULTI else [q.id]
    return cols


def flat_row(flow: FlowDef, response: Response) -> dict[str, str]:
    """A multiple choice becomes one 1/0 column per option, easy to sum in a spreadsheet;
    a question that was not asked or was skipped stays empty."""
    row = {"respondent": response.respondent, "language": response.language,
           "created_at": response.created_at, "updated_at": response.updated_at}
    for q in flow.questions:
        value = response.answers.get(q.id)
        if q.type is QType.MULTI:
            for option in q.options:
                row[f"{q.id}:{option}"] = "" if value is None else str(int(option in value))
        else:
            row[q.id] = "" if value is None else str(value)
    return row


def counts(flow: FlowDef, responses: Iterable[Response]) -> dict[str, dict[str, dict[str, int]]]:
    """question -> answer -> language -> how many people gave it (choice questions only).

    Someone who skipped the question counts under SKIPPED (listed for optional questions);
    someone it was never asked (its condition did not hold) counts nowhere."""
    table: dict[str, dict[str, dict[str, int]]] = {
        q.id: {c: {} for c in (*q.choices, *(() if q.required else (SKIPPED,)))}
        for q in flow.questions if q.type in CHOICE_TYPES
    }
    for response in responses:
        for qid, answers in table.items():
            if qid not in response.answers:
                continue
            value = response.answers[qid]
            given = value if isinstance(value, list) else [value]
            if value is None or value == []:  # Skip, or Done with nothing chosen
                given = [SKIPPED]
                answers.setdefault(SKIPPED, {})  # the question has become required since
            for chosen in given:
                if chosen in answers:
                    by_language = answers[chosen]
                    by_language[response.language] = by_language.get(response.language, 0) + 1
    return table


def asked(flow: FlowDef, responses: Iterable[Response]) -> dict[str, int]:
    """question -> how many people were asked it (answered or skipped): the n of its counts."""
    people: Counter[str] = Counter()
    for response in responses:
        people.update(response.answers.keys())
    return {q.id: people[q.id] for q in flow.questions if q.type in CHOICE_TYPES}


@dataclass(frozen=True)
class Labels:
    """The chart's texts, looked up before it is drawn in a worker process that has no
    translations: in the reader's language, and the same keys in English for a machine whose
    fonts cannot draw the reader's script. Keys: title, date, none (no answers yet),
    q:<question>, a:<question>:<answer>, language:<code>."""

    locale: str
    own: dict[str, str]
    english: dict[str, str]


def labels(
    flow: FlowDef, i18n: Translator, locale: str, count: int,
    scope: Collection[str] | None = None,
) -> Labels:
    """The chart's texts for `count` responses in the languages of `scope` (None: all)."""
    own = _texts(flow, i18n, locale, count, scope)
    english = own if locale == DEFAULT else _texts(flow, i18n, DEFAULT, count, scope)
    return Labels(locale, own, english)


def _texts(
    flow: FlowDef, i18n: Translator, locale: str, count: int, scope: Collection[str] | None
) -> dict[str, str]:
    from babel.dates import format_date

    texts = {f"language:{code}": name_in(locale, code) for code in LOCALES}
    languages = (i18n.format(locale, "results-all-languages") if scope is None
                 else names_in(locale, sorted(scope)))
    texts["title"] = i18n.format(locale, "results-caption", {"languages": languages,
                                                             "count": count})
    texts["none"] = i18n.format(locale, "results-none", {"languages": languages})
    texts["date"] = format_date(date.today(), "long", locale=BABEL_LOCALE[locale])
    for q in flow.questions:
        if q.type not in CHOICE_TYPES:
            continue
        texts[f"q:{q.id}"] = i18n.title(locale, flow.msg(q))
        texts[f"a:{q.id}:{SKIPPED}"] = i18n.format(locale, "flow-skipped")
        for c in q.choices:
            texts[f"a:{q.id}:{c}"] = _answer(flow, q, c, lambda m: i18n.format(locale, m), texts)
    return texts


def _answer(flow: FlowDef, q: Question, choice: str, text: Callable[[str], str],
            texts: dict[str, str]) -> str:
    if q.type is QType.SCALE:
        return choice
    if q.type is QType.LANGUAGE:
        return texts[f"language:{choice}"]
    if q.type is QType.YESNO:
        return text("flow-yes" if choice == "yes" else "flow-no")
    return text(flow.msg(q, choice))


def chart_png(flow: FlowDef, responses: list[Response], label: Labels) -> bytes:
    """The chart as a PNG (see bot.survey_chart); a top-level function, so that a worker process
    can run it."""
    from bot.survey_chart import figure, png  # matplotlib: only where the chart is drawn

    return png(figure(flow, responses, label))


def as_json(flow: FlowDef, responses: list[Response]) -> list[dict[str, Any]]:
    return [
        {"respondent": r.respondent, "language": r.language, "created_at": r.created_at,
         "updated_at": r.updated_at,
         "answers": {q.id: r.answers[q.id] for q in flow.questions if q.id in r.answers}}
        for r in responses
    ]
