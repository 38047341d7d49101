"""`python -m bot check`: every locale against `en`, and the content against the messages."""

from __future__ import annotations

import re
import sys
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from babel import Locale
from fluent.syntax import FluentParser, ast, visitor

from bot import actions
from bot.commands import COMMANDS
from bot.content import ContentError, load_content
from bot.faq_match import NOT_FAQ
from bot.faq_text import EXAMPLES_FILE
from bot.languages import BABEL_LOCALE, LOCALES, RTL
from bot.settings import Settings
from bot.types import Action, ActionKind

# Links the handlers read from [links] in content.toml.
REQUIRED_LINKS = ("salons", "toolkit", "scoping", "starters", "specialist", "osl_list", "volunteer")
# An entry with fewer example questions in a locale is understood less well there.
FEW_EXAMPLES = 10
BIDI_CONTROLS = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Message ids named in the code: in reply, Text and t calls, and in the menu's pairs.
_CODE_ID = re.compile(r"""(?:reply|Text|\bt|_button)\(\s*(?:"[a-z]+",\s*)?"([a-z][a-z0-9-]+)\"""")
_MENU_ID = re.compile(r"""\(\s*"[a-z]+",\s*"([a-z]+-[a-z0-9-]+)"\s*\)""")


@dataclass
class Entry:
    file: str
    variables: set[str]
    references: set[str]
    node: ast.Message | ast.Term


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # shown; the check still passes

    def add(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")

    def warn(self, where: str, what: str) -> None:
        self.warnings.append(f"warning: {where}: {what}")


class _Refs(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.variables: set[str] = set()
        self.references: set[str] = set()
        self.selectors: list[ast.SelectExpression] = []

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.variables.add(node.id.name)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.references.add(node.id.name)

    def visit_TermReference(self, node: ast.TermReference) -> None:
        self.references.add("-" + node.id.name)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        self.selectors.append(node)
        self.generic_visit(node)


def load_locale(root: Path, code: str, report: Report) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    files = sorted((root / code).glob("*.ftl"))
    if not files:
        report.add(code, "no .ftl files")
    plural = Locale.parse(BABEL_LOCALE[code]).plural_form
    for path in files:
        where = f"{code}/{path.name}"
        text = path.read_text(encoding="utf-8")
        if code in RTL and BIDI_CONTROLS & set(text):
            report.add(where, "contains invisible bidi control characters; write without them")
        for node in FluentParser().parse(text).body:
            if isinstance(node, ast.Junk):
                first = node.annotations[0].message if node.annotations else None
                near = (node.content or "")[:60]
                report.add(where, f"syntax error: {first or '?'} near {near!r}")
                continue
            if not isinstance(node, ast.Message | ast.Term):
                continue
            key = ("-" if isinstance(node, ast.Term) else "") + node.id.name
            if key in entries:
                report.add(where, f"{key}: defined twice")
            refs = _Refs()
            refs.visit(node)
            entries[key] = Entry(path.name, refs.variables, refs.references, node)
            _check_plurals(where, key, refs.selectors, plural, report)
            shown = not key.endswith("-keywords")  # keyword lists feed the matcher, never a user
            if code in RTL and shown and isinstance(node, ast.Message) and node.value is not None:
                _check_direction(where, key, node.value, report)
    return entries


def _check_plurals(where: str, key: str, selectors: list[ast.SelectExpression], plural: Any,
                   report: Report) -> None:
    """Variant keys must be CLDR categories of the locale; a category that covers several
    integers (fr, pt-BR, hi: 0 and 1 are "one"; ru: 1, 21, 31 ...) must show the number."""
    tags = set(plural.tags) | {"other"}
    for select in selectors:
        if _is_choice(select):
            continue
        counted = _counted_variable(select)
        for variant in select.variants:
            name = variant.key
            if not isinstance(name, ast.Identifier):
                continue
            if name.name not in tags:
                report.add(where, f"{key}: [{name.name}] is not a plural category here "
                                  f"{sorted(tags)}")
            elif counted and name.name != "other" and _covers_several(plural, name.name):
                refs = _Refs()
                refs.visit(variant.value)
                if counted not in refs.variables:
                    report.add(where, f"{key}: [{name.name}] covers several numbers here, so it "
                                      f"must contain {{ ${counted} }}")


# Variables that choose between wordings by a word, not a number ($logged: yes or no).
CHOICE_VARIABLES = frozenset({"logged", "to", "status"})


def _is_choice(select: ast.SelectExpression) -> bool:
    selector = select.selector
    return isinstance(selector, ast.VariableReference) and selector.id.name in CHOICE_VARIABLES


def _counted_variable(select: ast.SelectExpression) -> str | None:
    selector = select.selector
    if isinstance(selector, ast.FunctionReference) and selector.arguments.positional:
        first = selector.arguments.positional[0]
        return first.id.name if isinstance(first, ast.VariableReference) else None
    return selector.id.name if isinstance(selector, ast.VariableReference) else None


def _covers_several(plural: Any, category: str) -> bool:
    samples = [*range(0, 1001), 10**6, 2 * 10**6, 10**7]
    return sum(1 for n in samples if plural(n) == category) > 1


def _check_direction(where: str, key: str, pattern: ast.Pattern, report: Report) -> None:
    """Each line of a right-to-left message must start with a right-to-left letter, so that
    chat clients give the paragraph the right base direction."""
    source = "".join(
        el.value if isinstance(el, ast.TextElement) else "\x00" for el in pattern.elements
    )
    for number, line in enumerate(source.split("\n"), 1):
        if line.strip() == "\x00":
            continue  # a line that is only a placeable: its content is checked where it is made
        for ch in line:
            if ch == "\x00":
                report.add(where, f"{key}: line {number} starts with a placeable, not RTL text")
                break
            kind = unicodedata.bidirectional(ch)
            if kind in ("R", "AL"):
                break
            if kind == "L":
                report.add(where, f"{key}: line {number} starts with left-to-right text")
                break


def check_locales(root: Path, report: Report) -> dict[str, dict[str, Entry]]:
    all_entries = {code: load_locale(root, code, report) for code in LOCALES}
    en = all_entries["en"]
    for code, entries in all_entries.items():
        for key, entry in entries.items():
            missing_refs = entry.references - entries.keys()
            if missing_refs:
                report.add(f"{code}/{entry.file}", f"{key}: names missing {sorted(missing_refs)}")
        if code == "en":
            continue
        for key in en.keys() - entries.keys():
            report.add(f"{code}/{en[key].file}", f"{key}: missing (present in en)")
        for key in entries.keys() - en.keys():
            report.add(f"{code}/{entries[key].file}", f"{key}: extra (not in en)")
        for key in en.keys() & entries.keys():
            mine, source = entries[key], en[key]
            if mine.variables != source.variables:
                report.add(f"{code}/{mine.file}", f"{key}: variables {sorted(mine.variables)} "
                           f"differ from en {sorted(source.variables)}")
            if mine.file != source.file:
                report.add(f"{code}/{mine.file}", f"{key}: belongs in {source.file}")
    return all_entries


# Discord's rule for command names (localized ones included): lower case, no spaces.
_COMMAND_NAME = re.compile(r"[-_\w\u0900-\u097f\u0e00-\u0e7f]{1,32}")


def check_command_names(root: Path, i18n_locales: dict[str, dict[str, Entry]],
                        report: Report) -> None:
    from bot.i18n import Translator

    i18n = Translator(root)
    for code in i18n_locales:
        seen: dict[str, str] = {}
        for command in COMMANDS:
            name = i18n.own(code, command.localized_name)
            if name is None:
                continue  # reported as missing already, where a command has a localized name
            if not _COMMAND_NAME.fullmatch(name) or name != name.lower():
                report.add(code, f"{command.localized_name}: {name!r} is not a valid command name "
                                 "(lower case, no spaces, at most 32 letters, digits, - or _)")
            elif name in seen:
                report.add(code, f"{command.localized_name}: {name!r} is also {seen[name]}")
            seen[name] = command.localized_name


def check_content(settings: Settings, en: dict[str, Entry], report: Report) -> None:
    try:
        content = load_content(settings.content_file)
    except ContentError as error:
        report.add("content", str(error))
        return
    for code in LOCALES:
        path = settings.locales_dir / code / EXAMPLES_FILE
        if not path.is_file():
            continue
        try:
            examples = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            report.add(f"{code}/{EXAMPLES_FILE}", f"cannot be read: {error}")
            continue
        known = {entry.id for entry in content.faq} | {NOT_FAQ}
        for key, questions in examples.items():
            if key not in known:
                report.add(f"{code}/{EXAMPLES_FILE}", f"{key!r} is no FAQ id (nor {NOT_FAQ})")
            elif not isinstance(questions, list) or not all(
                    isinstance(q, str) and q.strip() for q in questions):
                report.add(f"{code}/{EXAMPLES_FILE}", f"{key}: a list of questions is needed")
        few = [e.id for e in content.faq if not isinstance(examples.get(e.id), list)
               or len(examples[e.id]) < FEW_EXAMPLES]
        if few:
            report.warn(f"{code}/{EXAMPLES_FILE}", f"fewer than {FEW_EXAMPLES} example questions "
                        f"for {', '.join(few)}: the FAQ understands these less well")
    for liaison in content.liaisons:
        languages = ", ".join(liaison.languages)
        if not liaison.name:
            report.warn("content", f"the liaison for {languages} has no name yet (the bot says "
                                   "so); set name = \"…\" in its [[liaison]] entry")
        if liaison.contact.rstrip("/").endswith("/Participate/Liaisons"):
            report.warn("content", f"the liaison for {languages} has the general Liaisons page "
                                   "as contact; put their own contact in its [[liaison]] entry")
    for link in REQUIRED_LINKS:
        if link not in content.links:
            report.add("content", f"[links] has no {link!r}, which the bot uses")
    for entry in content.faq:
        for msg in (entry.title, entry.answer, entry.keywords):
            if msg not in en:
                report.add("content", f"FAQ {entry.id}: message {msg} does not exist")
        uses_link = entry.answer in en and "link" in en[entry.answer].variables
        if uses_link != bool(entry.link):
            report.add("content", f"FAQ {entry.id}: $link in the answer needs `link`, and back")
    for flow in content.flows.values():
        for question in flow.questions:
            for msg in [flow.msg(question)] + [flow.msg(question, o) for o in question.options]:
                if msg not in en:
                    report.add("content", f"flow {flow.name}: message {msg} does not exist")
    buttons = [("FAQ", Action(ActionKind.FAQ, entry.id)) for entry in content.faq]
    for flow in content.flows.values():
        for question in flow.questions:
            buttons += [(f"flow {flow.name}", Action(kind, choice, question.id))
                        for kind in (ActionKind.ANSWER, ActionKind.UNPICK, ActionKind.DONE)
                        for choice in (question.choices or [""])]
    for where, action in buttons:  # what a button carries must fit Telegram's 64 bytes
        try:
            actions.encode(action)
        except ValueError as error:
            carried = action.arg or action.token
            report.add("content", f"{where}: a button cannot carry {carried!r} ({error}); use "
                                  "ids of at most 40 ASCII letters, digits, - or _")
    for event in content.events:
        if str(event["title"]) not in en:
            report.add("content", f"event {event['id']}: message {event['title']} does not exist")
    for command in COMMANDS:
        if command.description not in en:
            report.add("commands", f"/{command.name}: message {command.description} does not exist")
        if "discord" in command.platforms and command.localized_name not in en:
            report.add("commands", f"/{command.name}: message {command.localized_name} is missing")


def check_code(package: Path, en: dict[str, Entry], report: Report) -> None:
    """Message ids that the code passes to reply, Text or t must exist in en."""
    for path in sorted(package.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for msg in set(_CODE_ID.findall(source)) | set(_MENU_ID.findall(source)):
            if msg not in en:
                report.add(str(path.relative_to(package.parent)), f"names missing message {msg}")


def run_check(settings: Settings, out: TextIO | None = None) -> int:
    stream = out or sys.stdout
    report = Report()
    locales = check_locales(settings.locales_dir, report)
    check_content(settings, locales["en"], report)
    check_command_names(settings.locales_dir, locales, report)
    check_code(Path(__file__).parent, locales["en"], report)
    for line in (*report.warnings, *report.problems):
        print(line, file=stream)
    if report.problems:
        count = len(report.problems)
        print(f"check failed: {count} problem{'' if count == 1 else 's'}", file=stream)
        return 1
    print(f"check passed: {len(LOCALES)} locales, {len(locales['en'])} messages each, "
          "content and code agree", file=stream)
    return 0
