"""The survey results chart: skipped answers counted, a colour per language, numbers on the
bars, texts in the reader's language (right to left where it is written so), nothing cut off."""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from fluent.syntax import FluentParser, ast
from matplotlib import image as mpimg
from matplotlib.axes import Axes
from matplotlib.colors import to_hex, to_rgb
from matplotlib.figure import Figure, SubFigure
from matplotlib.text import Text

from bot.bootstrap import Texts
from bot.flow import FlowDef
from bot.languages import LOCALES
from bot.survey_chart import COLOURS, _fonts, figure, png
from bot.survey_report import SKIPPED, Labels, asked, chart_png, counts, labels
from storage import Response

# host is asked of affiliates only, youth of those who would go to a salon; both may be skipped.
PEOPLE: list[tuple[str, dict[str, Any]]] = [
    ("ar", {"role": "affiliate", "areas": ["health"], "involved": "4", "ways": ["salon"],
            "host": None, "youth": "yes", "consent": "yes"}),
    ("ar", {"role": "editor", "areas": ["health", "roles"], "involved": "5", "ways": ["wiki"],
            "consent": "no"}),
    ("ar", {"role": "editor", "areas": ["roles"], "involved": "4", "ways": ["wiki"],
            "consent": "no"}),
    ("de", {"role": "affiliate", "areas": ["health"], "involved": "2", "ways": ["salon", "chat"],
            "host": "yes", "youth": None, "consent": "yes"}),
    ("zh-Hans", {"role": "editor", "areas": ["product"], "involved": "3", "ways": ["chat"],
                 "consent": "yes"}),
]


def responses(people: list[tuple[str, dict[str, Any]]] = PEOPLE) -> list[Response]:
    return [Response("survey", f"r{i}", code, answers) for i, (code, answers) in enumerate(people)]


def chart(texts: Texts, locale: str, people: list[tuple[str, dict[str, Any]]] = PEOPLE,
          flow: FlowDef | None = None) -> tuple[Figure, Labels]:
    flow = flow or texts.content.flows["survey"]
    made = labels(flow, texts.i18n, locale, len(people))
    return figure(flow, responses(people), made), made


def subfigures(fig: Figure | SubFigure) -> Iterator[SubFigure]:
    for sub in fig.subfigs:
        yield sub
        yield from subfigures(sub)


def panel(fig: Figure, title: str) -> Axes:
    """The axes under the panel title `title` (drawn wrapped)."""
    [found] = [sub.axes[0] for sub in subfigures(fig)
               if sub.axes and " ".join(sub.get_suptitle().split()) == title]
    return found


def words(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.texts]


def test_skipped_counted_apart_from_not_asked(texts: Texts) -> None:
    flow = texts.content.flows["survey"]
    table = counts(flow, responses())
    assert table["host"] == {"yes": {"de": 1}, "no": {}, SKIPPED: {"ar": 1}}
    assert table["youth"] == {"yes": {"ar": 1}, "no": {}, SKIPPED: {"de": 1}}
    assert SKIPPED not in table["role"]  # required: nobody can skip it
    n = asked(flow, responses())
    assert (n["host"], n["youth"], n["role"], n["areas"]) == (2, 2, 5, 5)
    nothing = counts(flow, responses([("de", {"role": "new", "areas": [], "host": None})]))
    assert nothing["areas"][SKIPPED] == {"de": 1}  # Done with nothing chosen is no answer either
    assert nothing["role"]["new"] == {"de": 1}


def test_each_language_has_its_own_colour(texts: Texts) -> None:
    assert len(set(COLOURS.values())) == len(LOCALES) == 21
    fig, _ = chart(texts, "en")
    bars = {to_hex(c) for ax in fig.axes for coll in ax.collections for c in coll.get_facecolor()}
    present = {code for code, _ in PEOPLE}
    assert bars == {COLOURS[c] for c in present}
    image = mpimg.imread(io.BytesIO(png(fig)))[..., :3]
    found = set()
    for code, colour in COLOURS.items():
        same = np.all(np.abs(image - np.array(to_rgb(colour))) < 1 / 255, axis=-1)
        # filled areas (swatches, bars), not the edge of a letter that happens to be that colour
        solid = same[1:-1, 1:-1] & same[:-2, 1:-1] & same[2:, 1:-1] & same[1:-1, :-2] & same[
            1:-1, 2:]
        if solid.sum() > 50:
            found.add(code)
    assert found == present


def test_numbers_on_the_bars_and_n_per_panel(texts: Texts) -> None:
    fig, made = chart(texts, "en")
    role = panel(fig, made.own["q:role"])
    assert role.get_title(loc="right") == "n = 5"
    assert {"3 (60%)", "2 (40%)", "0 (0%)"} <= set(words(role))  # editor, affiliate, the rest
    assert words(role).count("2") == 1  # the two Arabic editors, written on their part
    areas = panel(fig, made.own["q:areas"])
    assert areas.get_title(loc="right") == "n = 5"  # people, though they gave 7 answers
    assert "3 (60%)" in words(areas)  # health
    host = panel(fig, made.own["q:host"])
    assert host.get_title(loc="right") == "n = 2"  # only the affiliates were asked
    assert [t.get_text() for t in host.get_yticklabels()] == ["Yes", "No", "skipped"]
    assert words(host).count("1 (50%)") == 2  # a yes and a skip


def test_titles_without_the_button_instructions(texts: Texts) -> None:
    flow = texts.content.flows["survey"]
    titled = {"survey-areas", "survey-involved", "survey-ways"}
    for code in LOCALES:
        made = labels(flow, texts.i18n, code, 1).own
        done = texts.i18n.format(code, "flow-done")
        for q in flow.questions:
            if f"q:{q.id}" not in made:
                continue
            title, prompt = made[f"q:{q.id}"], texts.i18n.format(code, flow.msg(q))
            assert not re.search(rf"(?<!\w){re.escape(done)}(?!\w)", title), (code, q.id)
            assert (title != prompt) == (flow.msg(q) in titled), (code, q.id)
        source = (texts.i18n.root / code / "survey.ftl").read_text(encoding="utf-8")
        has_title = {node.id.name for node in FluentParser().parse(source).body
                     if isinstance(node, ast.Message)
                     and any(a.id.name == "title" for a in node.attributes)}
        assert has_title == titled, code
    en = labels(flow, texts.i18n, "en", 1).own
    assert en["q:areas"] == "Which of the thematic areas matter most to you?"
    assert en["q:involved"].endswith("(1 = not at all, 5 = very much)")


def test_labels_in_the_readers_language_right_to_left(texts: Texts) -> None:
    fig, made = chart(texts, "ar")
    shown = {t.get_text() for t in fig.findobj(Text)}
    assert made.own["title"] in shown and made.own["language:de"] in " ".join(shown)
    role = panel(fig, made.own["q:role"])
    assert role.xaxis_inverted() and role.yaxis.get_ticks_position() == "right"
    assert role.get_title(loc="left") == "n = 5"  # the end of the line, read right to left
    english, _ = chart(texts, "en")
    assert not panel(english, "How do you take part in the Wikimedia movement?").xaxis_inverted()


@pytest.mark.parametrize("locale", ["ar", "fa", "ug", "hi", "ja", "th", "zh-Hans"])
def test_every_script_draws_or_falls_back_to_english(texts: Texts, locale: str) -> None:
    """Without a font for the script (CJK, Thai, Devanagari: none ships with matplotlib) the
    chart is in English rather than a row of empty boxes."""
    full = texts.content.flows["survey"]
    flow = FlowDef("survey", tuple(q for q in full.questions if q.id in ("role", "host")))
    fig, made = chart(texts, locale, flow=flow)
    _, chars = _fonts()
    drawable = all(ord(ch) in chars or ch.isspace() for ch in made.own["q:role"])
    expected = made.own if drawable else made.english
    assert panel(fig, expected["q:role"]) is not None
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns of every glyph its fonts lack
        assert png(fig).startswith(b"\x89PNG")


@pytest.mark.parametrize(("locale", "people"), [("en", PEOPLE), ("de", PEOPLE), ("ar", PEOPLE),
                                               ("en", [])], ids=["en", "de", "ar", "empty"])
def test_nothing_touches_the_edge_or_is_cut_off(
    texts: Texts, locale: str, people: list[Any]
) -> None:
    fig, made = chart(texts, locale, people)
    fig.canvas.draw()
    edge = fig.bbox.padded(-4)
    renderer = fig.canvas.get_renderer()
    for text in fig.findobj(Text):
        if text.get_visible() and text.get_text().strip():
            box = text.get_window_extent(renderer)
            assert (box.x0 >= edge.x0 and box.x1 <= edge.x1 and box.y0 >= edge.y0
                    and box.y1 <= edge.y1), text.get_text()
    if not people:
        assert made.own["none"] in {t.get_text() for t in fig.findobj(Text)}


def test_chart_png_runs_as_a_picklable_call(texts: Texts) -> None:
    import pickle

    flow = texts.content.flows["survey"]
    made = labels(flow, texts.i18n, "de", len(PEOPLE), {"ar", "de"})
    assert "Arabisch und Deutsch" in made.own["title"]
    fn, args = pickle.loads(pickle.dumps((chart_png, (flow, responses(), made))))
    assert fn(*args).startswith(b"\x89PNG")
