"""Survey results for operators and liaisons: flat rows (CSV, JSON), counts and a chart."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import Any

from bot.flow import FlowDef, QType
from storage import Response

CHOICE_TYPES = (QType.SINGLE, QType.MULTI, QType.SCALE, QType.YESNO, QType.LANGUAGE)


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
    """question -> answer -> language -> how many people gave it (choice questions only)."""
    table: dict[str, dict[str, dict[str, int]]] = {
        q.id: {c: {} for c in q.choices} for q in flow.questions if q.type in CHOICE_TYPES
    }
    for response in responses:
        for qid, answers in table.items():
            value = response.answers.get(qid)
            for chosen in value if isinstance(value, list) else [value]:
                if chosen in answers:
                    by_language = answers[chosen]
                    by_language[response.language] = by_language.get(response.language, 0) + 1
    return table


class Labels(dict[str, str]):
    """The chart's texts, looked up before it is drawn elsewhere (a worker process has no
    translations loaded): message id -> text, the id itself if missing."""

    def __call__(self, msg_id: str) -> str:
        return self.get(msg_id, msg_id)


def labels(flow: FlowDef, text: Callable[[str], str]) -> Labels:
    ids = [flow.msg(q) for q in flow.questions]
    ids += [f"{flow.name}-{q.id}-{o}" for q in flow.questions for o in q.options]
    return Labels({i: text(i) for i in [*ids, "flow-yes", "flow-no"]})


def chart_png(
    flow: FlowDef, responses: list[Response], label: Callable[[str], str], title: str
) -> bytes:
    """Horizontal bars per choice question, stacked by language.

    Labels are English and languages appear by code, so every glyph is in matplotlib's own
    DejaVu Sans whatever scripts the respondents write in.
    """
    # The object API, not pyplot: no global state, so charts can be drawn in threads (off the
    # event loop) at the same time.
    from matplotlib import colormaps
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    table = counts(flow, responses)
    languages = sorted({r.language for r in responses})
    questions = [q for q in flow.questions if q.id in table]
    heights = [max(1.2, 0.35 * len(q.choices) + 0.8) for q in questions]
    fig = Figure(figsize=(9, sum(heights) + 1))
    FigureCanvasAgg(fig)
    axes = fig.subplots(len(questions), 1, gridspec_kw={"height_ratios": heights},
                        squeeze=False)
    colors = colormaps["tab20"]
    for ax, q in zip(axes[:, 0], questions, strict=True):
        positions = list(range(len(q.choices)))
        left = [0] * len(q.choices)
        for i, language in enumerate(languages):
            values = [table[q.id][c].get(language, 0) for c in q.choices]
            ax.barh(positions, values, left=left, color=colors(i % 20),
                    label=language if q is questions[0] else None)
            left = [a + b for a, b in zip(left, values, strict=True)]
        ax.set_yticks(positions, [_option_label(flow, q.id, c, q.type, label) for c in q.choices])
        ax.set_xlim(0, max(1, *left) * 1.05)
        ax.set_title(label(flow.msg(q)), fontsize=9, loc="left", wrap=True)
        ax.invert_yaxis()
        ax.tick_params(labelsize=8)
        ax.xaxis.get_major_locator().set_params(integer=True)
    fig.suptitle(title, fontsize=11, x=0.02, ha="left")
    if languages:
        fig.legend(title="language", fontsize=7, title_fontsize=8, loc="upper right",
                   ncols=min(len(languages), 8))
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.6 / fig.get_figheight()))
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=100)
    return out.getvalue()


def _option_label(
    flow: FlowDef, qid: str, choice: str, qtype: QType, label: Callable[[str], str]
) -> str:
    if qtype in (QType.SCALE, QType.LANGUAGE):
        return choice
    if qtype is QType.YESNO:
        return label("flow-yes" if choice == "yes" else "flow-no")
    return label(f"{flow.name}-{qid}-{choice}")


def as_json(flow: FlowDef, responses: list[Response]) -> list[dict[str, Any]]:
    return [
        {"respondent": r.respondent, "language": r.language, "created_at": r.created_at,
         "updated_at": r.updated_at,
         "answers": {q.id: r.answers[q.id] for q in flow.questions if q.id in r.answers}}
        for r in responses
    ]
