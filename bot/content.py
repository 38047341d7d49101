"""Campaign content as data: FAQ entries, liaisons and links, loaded from content.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.flow import FlowDef, FlowError, parse_flow
from bot.languages import LOCALES

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,30}$")
FLOWS = ("survey", "volunteer", "ask", "share")  # the step-by-step flows content.toml defines


class ContentError(ValueError):
    """The content file is malformed; the message says where."""


@dataclass(frozen=True)
class FaqEntry:
    id: str
    link: str | None = None

    @property
    def title(self) -> str:
        return f"faq-{self.id}-title"

    @property
    def answer(self) -> str:
        return f"faq-{self.id}-answer"

    @property
    def keywords(self) -> str:
        return f"faq-{self.id}-keywords"


@dataclass(frozen=True)
class Liaison:
    languages: tuple[str, ...]
    name: str  # empty until the operator knows it: the bot then says so in each language
    contact: str
    channels: tuple[str, ...]


@dataclass(frozen=True)
class Content:
    links: dict[str, str]
    faq: tuple[FaqEntry, ...]
    liaisons: tuple[Liaison, ...]
    flows: dict[str, FlowDef]
    events: tuple[dict[str, Any], ...] = ()

    def faq_entry(self, entry_id: str) -> FaqEntry | None:
        return next((e for e in self.faq if e.id == entry_id), None)

    def liaison_for(self, locale: str) -> Liaison | None:
        return next((li for li in self.liaisons if locale in li.languages), None)

    def faq_args(self, entry: FaqEntry) -> dict[str, Any]:
        return {"link": self.links[entry.link]} if entry.link else {}


def load_content(path: Path) -> Content:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"{path}: {error}") from error
    links = _links(raw.get("links", {}))
    faq = tuple(_faq(item, links, i) for i, item in enumerate(raw.get("faq", [])))
    ids = [e.id for e in faq]
    if len(set(ids)) != len(ids):
        raise ContentError(f"duplicate FAQ ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    liaisons = tuple(_liaison(item, i) for i, item in enumerate(raw.get("liaison", [])))
    served = [code for li in liaisons for code in li.languages]
    if len(set(served)) != len(served):
        raise ContentError("a language has more than one [[liaison]] entry")
    try:
        flows = {name: parse_flow(name, raw.get(name)) for name in FLOWS}
    except FlowError as error:
        raise ContentError(str(error)) from error
    events = raw.get("event", [])
    if not isinstance(events, list) or not all(
            isinstance(e, dict) and {"id", "title", "starts"} <= set(e) for e in events):
        raise ContentError("[[event]] entries need id, title (a message id) and starts")
    return Content(links=links, faq=faq, liaisons=liaisons, flows=flows, events=tuple(events))


def _links(raw: Any) -> dict[str, str]:
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise ContentError("[links] must map names to URL strings")
    for name, url in raw.items():
        if not url.startswith("https://"):
            raise ContentError(f"[links] {name}: not an https:// URL")
    return dict(raw)


def _faq(item: Any, links: dict[str, str], index: int) -> FaqEntry:
    if not isinstance(item, dict) or not _ID.match(str(item.get("id", ""))):
        raise ContentError(f"[[faq]] #{index + 1}: needs an id of lowercase letters, digits, '-'")
    link = item.get("link")
    if link is not None and link not in links:
        raise ContentError(f"[[faq]] {item['id']}: link {link!r} is not in [links]")
    return FaqEntry(id=item["id"], link=link)


def _liaison(item: Any, index: int) -> Liaison:
    where = f"[[liaison]] #{index + 1}"
    if not isinstance(item, dict):
        raise ContentError(f"{where}: must be a table")
    languages = item.get("languages", [])
    unknown = [code for code in languages if code not in LOCALES]
    if not languages or unknown:
        raise ContentError(f"{where}: languages must be codes of ours, unknown: {unknown}")
    if not isinstance(item.get("contact"), str) or not item["contact"].strip():
        raise ContentError(f"{where}: contact is required")
    if not isinstance(item.get("name", ""), str):
        raise ContentError(f"{where}: name must be text")
    channels = item.get("channels", [])
    if not isinstance(channels, list) or not all(isinstance(c, str) for c in channels):
        raise ContentError(f"{where}: channels must be a list of strings")
    return Liaison(tuple(languages), item.get("name", "").strip(), item["contact"].strip(),
                   tuple(channels))
