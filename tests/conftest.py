"""Shared fixtures: a real SQLite file per test, the real bootstrap, a console-driven chat."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot import actions
from bot.adapters.console import Console
from bot.bootstrap import Texts, bootstrap
from bot.core import Core
from bot.settings import Settings
from bot.types import ActionKind, Rendered
from tests.adapters.fake_telegram import FakeTelegram


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_env(
        {"DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}"}, dotenv=tmp_path / "none.env"
    )


@pytest.fixture(scope="session")
def texts() -> Texts:
    """Translations, content and FAQ index are read-only: loaded once for the whole run."""
    return Texts.load(Settings.from_env({}, dotenv=Path("/nonexistent.env")))


@pytest.fixture
async def core(settings: Settings, texts: Texts) -> AsyncIterator[Core]:
    built = await bootstrap(settings, texts=texts)
    yield built
    await built.services.store.close()


class Chat:
    """A person talking to the bot through the console adapter; remembers what it printed."""

    def __init__(self, core: Core, user: str = "1", lang: str | None = None,
                 private: bool = True) -> None:
        self.out = io.StringIO()
        self.console = Console(core, user, lang, private, out=self.out)

    async def say(self, line: str) -> list[Rendered]:
        return await self.console.say(line)

    async def text(self, line: str) -> str:
        """Everything the bot answered to this line, as the console shows it."""
        return "\n".join(r.text for r in await self.say(line))


@pytest.fixture
def chat(core: Core) -> type[Chat]:
    """Call as chat(user=..., lang=...) to open a conversation on the shared core."""

    def make(user: str = "1", lang: str | None = None, private: bool = True) -> Chat:
        return Chat(core, user, lang, private)

    return make  # type: ignore[return-value]


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeTelegram]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


def find_button(replies: list[Rendered], kind: ActionKind, arg: str = "") -> str:
    """The data of the last button of that kind (and argument) among the replies."""
    for reply in reversed(replies):
        for row in reply.buttons:
            for _, data in row:
                action = actions.decode(data)
                if action.kind is kind and (not arg or action.arg == arg):
                    return data
    raise AssertionError(f"no {kind} {arg} button in {[r.text for r in replies]}")
