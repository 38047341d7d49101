"""The console adapter: a chat in the terminal; buttons are numbered, a number presses one."""

from __future__ import annotations

import asyncio
import logging
import sys
import tempfile
import threading
from pathlib import Path
from typing import TextIO

from bot import actions
from bot.core import Core
from bot.types import ActionKind, Incoming, Rendered

PLATFORM = "console"
log = logging.getLogger(__name__)


class Console:
    """One user talking to the core; reads lines, prints the rendered replies."""

    def __init__(
        self,
        core: Core,
        user_id: str = "1",
        locale_tag: str | None = None,
        private: bool = True,
        out: TextIO = sys.stdout,
        group_admin: bool = False,
    ) -> None:
        self.core = core
        self.user_id = user_id
        self.locale_tag = locale_tag
        self.private = private
        self.group_admin = group_admin  # in a group: the user administers it (--group-admin)
        self.out = out
        self.buttons: list[str] = []  # action data of the last replies' buttons, in print order
        self.images: tempfile.TemporaryDirectory[str] | None = None  # removed on close()
        self.shown = 0

    async def say(self, line: str) -> list[Rendered]:
        """Send one line (a number presses that button) and print what the bot answers."""
        incoming = self._incoming(line)
        if incoming.action is not None and _kind(incoming.action) is ActionKind.PRIVATE \
                and not self.private:  # Telegram's link into the private chat, by hand
            self.private = True
            self.out.write("[now in the private chat with the bot]\n")
            payload = actions.decode(incoming.action).arg
            incoming = self._incoming(f"/start {payload}".strip())
        answer = await self.core.respond(incoming)
        if answer.mine:
            self.buttons = [s.data for r in answer.mine for row in r.buttons for s in row]
        for reply in answer.others:
            self._deliver_elsewhere(reply)
        number = 1
        for reply in answer.mine:
            self.out.write(format_reply(reply, first=number, image=self._save(reply.image)))
            number += sum(len(row) for row in reply.buttons)
        self.out.flush()
        return [*answer.mine, *answer.others]

    def _deliver_elsewhere(self, reply: Rendered) -> None:
        """A message for another person: shown if they are on the console, else logged."""
        assert reply.to is not None
        if reply.to.platform == PLATFORM:
            self.out.write(f"[to {PLATFORM}:{reply.to.user_id}]\n{reply.text}\n\n")
        else:
            log.warning("a message for a %s user cannot be sent from the console",
                        reply.to.platform)

    def _save(self, image: bytes | None) -> str | None:
        """An image as a file to open while the chat lasts; all of them go at close()."""
        if image is None:
            return None
        if self.images is None:
            self.images = tempfile.TemporaryDirectory(prefix="participate-console-")
        self.shown += 1
        path = Path(self.images.name) / f"image-{self.shown}.png"
        path.write_bytes(image)
        return str(path)

    def close(self) -> None:
        if self.images is not None:
            self.images.cleanup()
            self.images = None

    def _incoming(self, line: str) -> Incoming:
        """A number that names a shown button presses it; anything else is text."""
        stripped = line.strip()
        pressed = stripped.isascii() and stripped.isdigit() and 1 <= int(stripped) <= len(
            self.buttons
        )
        return Incoming(
            platform=PLATFORM,
            chat_id=self.user_id if self.private else f"group-{self.user_id}",
            user_id=self.user_id,
            text=None if pressed else line,
            action=self.buttons[int(stripped) - 1] if pressed else None,
            locale_tag=self.locale_tag,
            private=self.private,
            chat_admin=self.group_admin and not self.private,
        )

    async def run(self, stream: TextIO, interactive: bool) -> None:
        """Read until end of input: a prompt when a person types, an echo when a script pipes.
        Lines are read by a daemon thread, so Ctrl-C ends the chat at once."""
        lines = _reader(stream)
        while True:
            if interactive:
                self.out.write("> ")
                self.out.flush()
            line = await lines.get()
            if not line:
                break
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            if not interactive:
                self.out.write(f"> {line}\n")
            await self.say(line)


def _reader(stream: TextIO) -> asyncio.Queue[str]:
    """Lines of `stream` on a queue ("" at the end), read by a thread nobody waits for."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str] = asyncio.Queue()

    def read() -> None:
        while True:
            line = stream.readline()
            try:
                loop.call_soon_threadsafe(queue.put_nowait, line)
            except RuntimeError:  # the loop has closed: the chat is over
                return
            if not line:
                return

    threading.Thread(target=read, name="console-input", daemon=True).start()
    return queue


def _kind(data: str) -> ActionKind | None:
    try:
        return actions.decode(data).kind
    except actions.InvalidAction:
        return None


def format_reply(reply: Rendered, first: int = 1, image: str | None = None) -> str:
    """The reply's text, then its buttons as numbered choices, a row per line."""
    lines = [f"[image: {image}]", reply.text] if image else [reply.text]
    number = first
    for row in reply.buttons:
        cells = []
        for label, *_ in row:
            cells.append(f"[{number}] {label}")
            number += 1
        lines.append("   ".join(cells))
    return "\n".join(lines) + "\n\n"
