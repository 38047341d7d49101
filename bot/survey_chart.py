"""The survey chart: one panel per choice question, a bar per answer stacked by language."""

from __future__ import annotations

import io
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PatchCollection
from matplotlib.figure import Figure, SubFigure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.transforms import offset_copy

from bot.flow import FlowDef
from bot.languages import LOCALES, RTL
from bot.survey_report import SKIPPED, Labels, asked, counts
from storage import Response

# A colour for each of the 21 languages, no two alike (from matplotlib's qualitative palettes,
# picked one by one as the farthest in CIELAB from those already taken; languages that one
# liaison serves together, ar/fa/ug and pt/pt-BR, got far-apart ones): a language keeps its
# colour from one chart to the next.
COLOURS: dict[str, str] = dict(zip(LOCALES, (
    "#1f77b4", "#ff7f00", "#2ca02c", "#e7298a", "#e5c494", "#de9ed6", "#66c2a5", "#bcbd22",
    "#74c476", "#ad494a", "#636363", "#e31a1c", "#637939", "#a6761d", "#aec7e8", "#fc8d62",
    "#e7969c", "#e6ab02", "#7b4173", "#6a3d9a", "#17becf"), strict=True))
RETIRED = "#d9d9d9"  # a language the bot no longer offers, in old responses

# Each glyph comes from the first of these that is installed and has it. DejaVu Sans ships with
# matplotlib (Latin, Cyrillic, Arabic script); CJK, Thai and Devanagari need one of the others.
FAMILIES = ("DejaVu Sans", "Noto Sans", "Noto Sans Arabic", "Noto Sans Devanagari",
            "Noto Sans Thai", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans SC",
            "Noto Sans JP", "Droid Sans Fallback")

WIDTH = 12.0  # inches; 1200 pixels
BAR = 0.34  # inches per answer
INK, MUTED = "#222222", "#666666"


@dataclass(frozen=True)
class Panel:
    """One question: its answers in order, who gave each (answer -> language -> people), and
    how many people were asked it (multiple choice: the answers add up to more)."""

    qid: str
    answers: tuple[str, ...]
    counts: Mapping[str, Mapping[str, int]]
    asked: int


def figure(flow: FlowDef, responses: Sequence[Response], label: Labels) -> Figure:
    """The chart of the responses, laid out but not yet drawn."""
    table, people = counts(flow, responses), asked(flow, responses)
    panels = [Panel(qid, tuple(answers), answers, people[qid]) for qid, answers in table.items()]
    languages = Counter(r.language for r in responses)
    texts, rtl = _readable(label)
    order = sorted(languages, key=lambda c: (-languages[c], c))
    keys = [f"{texts.get(f'language:{c}', c)} ({languages[c]})" for c in order]
    per_row = 6 if max(map(len, keys), default=0) <= 26 else 4
    columns = 2 if len(panels) > 1 else 1
    rows = [panels[i : i + columns] for i in range(0, len(panels), columns)]
    heights = [BAR * max(len(p.answers) for p in row) + 0.9 for row in rows]
    header = 0.75 + 0.26 * max(1, -(-len(order) // per_row))
    fig = Figure(figsize=(WIDTH, header + sum(heights) + 0.2), layout=ConstrainedLayoutEngine(
        w_pad=0.12, h_pad=0.08, wspace=0.04, hspace=0.02))
    FigureCanvasAgg(fig)
    parts = fig.subfigures(2, 1, height_ratios=[header, sum(heights)], squeeze=False)
    top, body = parts[0][0], parts[1][0]
    _header(top, texts, rtl)
    if order:
        _legend(top, list(zip(order, keys, strict=True)), per_row, rtl)
    else:
        top.text(0.99 if rtl else 0.01, 0.3, texts["none"], ha="right" if rtl else "left",
                 va="center", fontsize=11, color=MUTED)
    grid = body.subfigures(len(rows), columns, height_ratios=heights, squeeze=False)
    for r, row in enumerate(rows):
        for c, panel in enumerate(row):
            _panel(grid[r][columns - 1 - c if rtl else c], panel, order, texts, rtl)
    families, _ = _fonts()
    shaped = texts is label.own and hasattr(Text, "set_language")
    for text in fig.findobj(Text):
        text.set_fontfamily(list(families))
        if shaped:  # e.g. the Japanese or the Chinese form of a Han character
            text.set_language(label.locale)
    return fig


def png(fig: Figure) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=100, facecolor="white")
    return out.getvalue()


def _header(fig: SubFigure, texts: Mapping[str, str], rtl: bool) -> None:
    start, end = (0.99, 0.01) if rtl else (0.01, 0.99)
    top = 1 - 0.12 * fig.dpi / fig.bbox.height  # an eighth of an inch below the edge
    fig.text(start, top, textwrap.fill(texts["title"], 90), ha="right" if rtl else "left",
             va="top", fontsize=15, fontweight="bold", color=INK)
    fig.text(end, top, texts["date"], ha="left" if rtl else "right", va="top", fontsize=10,
             color=MUTED)


def _legend(fig: SubFigure, keys: list[tuple[str, str]], per_row: int, rtl: bool) -> None:
    """A swatch and a name per language, in rows read from the start side (matplotlib's own
    legend fills columns first and always from the left)."""
    width, height = fig.bbox.width / fig.dpi, fig.bbox.height / fig.dpi  # inches
    step = (width - 0.3) / per_row
    for i, (code, key) in enumerate(keys):
        row, column = divmod(i, per_row)
        x = 0.15 + column * step
        y = height - 0.72 - row * 0.26
        if rtl:
            x = width - x - 0.16
        fig.add_artist(Rectangle((x / width, (y - 0.07) / height), 0.16 / width, 0.14 / height,
                                 transform=fig.transSubfigure, color=COLOURS.get(code, RETIRED)))
        fig.text((x - 0.08 if rtl else x + 0.24) / width, y / height, key, va="center",
                 ha="right" if rtl else "left", fontsize=9, color=INK)


def _panel(
    fig: SubFigure, panel: Panel, order: list[str], texts: Mapping[str, str], rtl: bool
) -> None:
    ax = fig.subplots()
    positions = list(range(len(panel.answers)))
    ends = [0] * len(panel.answers)
    stacks = []
    for language in order:
        values = [panel.counts[a].get(language, 0) for a in panel.answers]
        if any(values):
            stacks.append((ends, values, COLOURS.get(language, RETIRED)))
            ends = [a + b for a, b in zip(ends, values, strict=True)]
    # One collection, not a patch per bar: a tenth of the time with 21 languages.
    ax.add_collection(PatchCollection(
        [Rectangle((start, y - 0.36), value, 0.72) for starts, values, _ in stacks
         for y, (start, value) in enumerate(zip(starts, values, strict=True)) if value],
        facecolors=[colour for _, values, colour in stacks for value in values if value],
        edgecolors="white", linewidths=0.6))
    widest = max(1, *ends)
    for starts, values, colour in stacks:  # each language's number, where it fits in its part
        for y, (start, value) in enumerate(zip(starts, values, strict=True)):
            if value >= 0.07 * widest:
                ax.text(start + value / 2, y, str(value), ha="center", va="center",
                        fontsize=7.5, color=_ink_on(colour), in_layout=False)
    # Totals after the bars, inside the axes (the x limit leaves room): no layout work for them.
    after = offset_copy(ax.transData, fig=fig.figure, x=-5 if rtl else 5, units="points")
    for y, total in enumerate(ends):
        share = f"{total} ({round(100 * total / panel.asked)}%)" if panel.asked else "0"
        ax.text(total, y, share, transform=after, ha="right" if rtl else "left", va="center",
                fontsize=9, color=INK, in_layout=False)
    ax.set_xlim(0, widest * 1.28)
    ax.set_ylim(len(positions) - 0.5, -0.5)  # the first answer on top
    ax.set_yticks(positions, [_wrap(texts[f"a:{panel.qid}:{a}"], 34) for a in panel.answers])
    ax.set_xticks([])
    ax.tick_params(axis="y", length=0, labelsize=9, labelcolor=INK, pad=6)
    for tick, answer in zip(ax.get_yticklabels(), panel.answers, strict=True):
        if answer == SKIPPED:  # not an answer: set apart
            tick.set_fontstyle("italic")
            tick.set_color(MUTED)
    _frame(ax, rtl)
    fig.suptitle(_wrap(texts[f"q:{panel.qid}"], 60), x=0.98 if rtl else 0.02,
                 ha="right" if rtl else "left", fontsize=11, fontweight="bold", color=INK)
    ax.set_title(f"n = {panel.asked}", loc="left" if rtl else "right", fontsize=9, color=MUTED)


def _frame(ax: Axes, rtl: bool) -> None:
    """Only the axis the bars grow from; right to left, they grow leftwards from the right."""
    for name in ("top", "bottom", "left", "right"):
        ax.spines[name].set_visible(name == ("right" if rtl else "left"))
    ax.spines["right" if rtl else "left"].set_color("#999999")
    if rtl:
        ax.invert_xaxis()
        ax.yaxis.tick_right()


def _wrap(text: str, width: int) -> str:
    """Lines of about `width` Latin letters; a wide (CJK) character counts as two."""
    wide = sum(unicodedata.east_asian_width(ch) in "WF" for ch in text)
    if wide * 2 > len(text):
        width = max(8, width // 2)
    return textwrap.fill(text, width, break_long_words=True, break_on_hyphens=False)


def _ink_on(colour: str) -> str:
    """Black or white text, whichever reads better on `colour` (WCAG relative luminance)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return INK if luminance > 0.2 else "white"


def _readable(label: Labels) -> tuple[Mapping[str, str], bool]:
    """The reader's texts and whether they run right to left, or the English ones if the fonts
    here lack a letter of them (no CJK, Thai or Devanagari font installed) or this matplotlib
    cannot lay out right-to-left text (one without libraqm, hence without Text.set_language)."""
    rtl = label.locale in RTL
    if can_draw(label.own.values(), rtl):
        return label.own, rtl
    return label.english, False


def can_draw(texts: Iterable[str], rtl: bool) -> bool:
    """Whether the fonts here have every letter of the texts (and, right to left, whether
    this matplotlib can lay such text out)."""
    _, chars = _fonts()
    drawable = all(ord(ch) in chars or unicodedata.category(ch) in ("Zs", "Cc", "Cf")
                   for text in texts for ch in text)
    return drawable and (not rtl or hasattr(Text, "set_language"))


@cache
def _fonts() -> tuple[tuple[str, ...], frozenset[int]]:
    """The families of FAMILIES installed here, and every character they have between them."""
    names = {entry.name for entry in font_manager.fontManager.ttflist}
    # The regular face of each family, as matplotlib picks it to draw: the first file listed
    # may be another face (an oblique one lacks DejaVu's Arabic, say).
    files = {name: font_manager.findfont(font_manager.FontProperties(family=name),
                                         fallback_to_default=False)
             for name in FAMILIES if name in names}
    families = tuple(f for f in FAMILIES if f in files)
    chars: set[int] = set()
    for family in families:
        chars.update(font_manager.get_font(files[family]).get_charmap())
    return families, frozenset(chars)
