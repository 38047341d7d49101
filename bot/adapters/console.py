"""The console adapter: a chat in the terminal; buttons are numbered, a number presses one."""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from bot.core import Core
from bot.types import Incoming, Rendered

PLATFORM = "console"


class Console:
    """One user talking to the core; reads lines, prints the rendered replies."""

    def __init__(
        self,
        core: Core,
        user_id: str = "1",
        locale_tag: str | None = None,
        private: bool = True,
        out: TextIO = sys.stdout,
    ) -> None:
        self.core = core
        self.user_id = user_id
        self.locale_tag = locale_tag
        self.private = private
        self.out = out
        self.buttons: list[str] = []  # action data of the last replies' buttons, in print order

    async def say(self, line: str) -> list[Rendered]:
        """Send one line (a number presses that button) and print what the bot answers."""
        incoming = self._incoming(line)
        rendered = [self.core.render(r) for r in await self.core.handle(incoming)]
        if rendered:
            self.buttons = [data for r in rendered for row in r.buttons for _, data in row]
        for reply in rendered:
            self.out.write(format_reply(reply, first=1 + self._count_before(rendered, reply)))
        self.out.flush()
        return rendered

    def _incoming(self, line: str) -> Incoming:
        chat = self.user_id if self.private else f"group-{self.user_id}"
        base = dict(platform=PLATFORM, chat_id=chat, user_id=self.user_id,
                    locale_tag=self.locale_tag, private=self.private)
        stripped = line.strip()
        if stripped.isascii() and stripped.isdigit() and 1 <= int(stripped) <= len(self.buttons):
            return Incoming(action=self.buttons[int(stripped) - 1], **base)  # type: ignore[arg-type]
        return Incoming(text=line, **base)  # type: ignore[arg-type]

    @staticmethod
    def _count_before(rendered: list[Rendered], reply: Rendered) -> int:
        before = rendered[: rendered.index(reply)]
        return sum(len(row) for r in before for row in r.buttons)

    async def run(self, stream: TextIO, interactive: bool) -> None:
        """Read until end of input: a prompt when a person types, an echo when a script pipes."""
        while True:
            if interactive:
                self.out.write("> ")
                self.out.flush()
            line = await asyncio.to_thread(stream.readline)
            if not line:
                break
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            if not interactive:
                self.out.write(f"> {line}\n")
            await self.say(line)


def format_reply(reply: Rendered, first: int = 1) -> str:
    """The reply's text, then its buttons as numbered choices, a row per line."""
    lines = [reply.text]
    number = first
    for row in reply.buttons:
        cells = []
        for label, _data in row:
            cells.append(f"[{number}] {label}")
            number += 1
        lines.append("   ".join(cells))
    return "\n".join(lines) + "\n\n"
