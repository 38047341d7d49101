"""Fluent translations: one bundle per locale, fallback chains, and no raw ids ever shown."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot import actions
from bot.languages import BABEL_LOCALE, DEFAULT, LOCALES, RTL, chain
from bot.types import Args, Button, Shown, Text

if TYPE_CHECKING:
    from fluent.runtime import FluentBundle

log = logging.getLogger(__name__)

# Shown only if even the generic error message is missing everywhere; `check` prevents that.
LAST_RESORT = "Sorry, something went wrong. Please send /help."


class Translator:
    """Formats messages for a locale, walking its fallback chain message by message.

    Isolation marks are off (`use_isolating=False`): in chat clients the FSI/PDI marks count
    toward length limits, survive copy and paste, and break URLs, commands and mentions that sit
    inside placeables. Right-to-left translations are written so that each line starts with a
    right-to-left letter, which gives every paragraph the right base direction.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.bundles = Bundles(root)
        # Messages without variables (button labels, most prompts) never change: each is
        # formatted once per locale. Bounded by the number of messages times locales.
        self.plain: dict[tuple[str, str], str] = {}

    def has(self, locale: str, msg_id: str) -> bool:
        return locale in self.bundles and self.bundles[locale].has_message(msg_id)

    def format(self, locale: str, msg_id: str, args: Args | None = None) -> str:
        """The message in the first locale of the chain that has it."""
        if not args:
            known = self.plain.get((locale, msg_id))
            if known is not None:
                return known
            text = self._first(locale, msg_id, {})
            if text is not None:
                if locale in self.bundles:
                    self.plain[locale, msg_id] = text
                return text
        else:
            text = self._first(locale, msg_id, args)
        if text is not None:
            return text
        log.error("message %r missing in every locale of %s", msg_id, chain(locale))
        return self._first(locale, "error-generic", {}) or LAST_RESORT

    def text(self, locale: str, text: Text) -> str:
        return self.format(locale, text.id, text.args)

    def buttons(self, locale: str, rows: Sequence[Sequence[Button]]
                ) -> tuple[tuple[Shown, ...], ...]:
        """Buttons as adapters show them: labels in this locale (✓ before a chosen one),
        actions encoded; for a reply now, or a message kept on the queue."""
        return tuple(
            tuple(Shown(("✓ " if b.selected else "")
                        + (b.label if isinstance(b.label, str) else self.text(locale, b.label)),
                        actions.encode(b.action), b.style, b.typed) for b in row)
            for row in rows)

    def own(self, locale: str, msg_id: str, args: Args | None = None) -> str | None:
        """The message in exactly this locale, without fallback (None if it has none)."""
        return self._format_in(locale, msg_id, args or {})

    def title(self, locale: str, msg_id: str) -> str:
        """A message's `.title` attribute (a survey question without how to answer it), from
        the first locale of the chain that has the message; else the message itself."""
        for code in chain(locale if locale in self.bundles else DEFAULT):
            if code in self.bundles and self.bundles[code].has_message(msg_id):
                bundle = self.bundles[code]
                title = bundle.get_message(msg_id).attributes.get("title")
                if title is not None:
                    text, _errors = bundle.format_pattern(title, {})
                    return str(text)
                break
        return self.format(locale, msg_id)

    @staticmethod
    def is_rtl(locale: str) -> bool:
        return locale in RTL

    def _first(self, locale: str, msg_id: str, args: Args) -> str | None:
        for code in chain(locale if locale in self.bundles else DEFAULT):
            text = self._format_in(code, msg_id, args)
            if text is not None:
                if code != locale:
                    log.warning("message %r missing in %s, used %s", msg_id, locale, code)
                return text
        return None

    def _format_in(self, code: str, msg_id: str, args: Args) -> str | None:
        if code not in self.bundles:
            return None
        bundle = self.bundles[code]
        if not bundle.has_message(msg_id):
            return None
        message = bundle.get_message(msg_id)
        if message.value is None:
            return None
        text, errors = bundle.format_pattern(message.value, dict(args))
        for error in errors:
            log.error("message %r in %s: %s", msg_id, code, error)
        return str(text)


class Bundles(Mapping[str, "FluentBundle"]):
    """One Fluent bundle per locale, each parsed on first use: a start that speaks one language
    (the console, a CLI verb) parses only the .ftl files of that language and its fallbacks,
    not all 21 (about 90 ms each). Iterating loads every locale, as `check` wants."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.loaded: dict[str, FluentBundle] = {}

    def __getitem__(self, code: str) -> FluentBundle:
        bundle = self.loaded.get(code)
        if bundle is None:
            if code not in LOCALES:
                raise KeyError(code)
            bundle = self.loaded[code] = _parse(self.root, code)
        return bundle

    def __contains__(self, code: object) -> bool:
        return code in LOCALES

    def __iter__(self) -> Iterator[str]:
        return iter(LOCALES)

    def __len__(self) -> int:
        return len(LOCALES)


def _parse(root: Path, code: str) -> FluentBundle:
    from fluent.runtime import FluentBundle, FluentResource  # 0.2 s: only when text is needed

    bundle = FluentBundle([BABEL_LOCALE[code].replace("_", "-")], use_isolating=False)
    for path in sorted((root / code).glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return bundle
