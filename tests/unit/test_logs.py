"""Secrets never reach a log line; the Telegram file URL follows a custom API URL."""

from __future__ import annotations

import io
import logging

from bot.adapters.telegram import file_url
from bot.logs import Redact
from bot.text import split_text


def test_secrets_are_redacted_from_every_record() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(Redact(["123456:ABCDEF", None, "xy"]))  # too short to redact: left alone
    log = logging.getLogger("test.redact")
    log.addHandler(handler)
    log.propagate = False
    log.warning("POST https://api.telegram.org/bot%s/getMe", "123456:ABCDEF")
    log.warning("url=%s", {"u": "https://h/bot123456:ABCDEF/sendMessage"})
    log.warning("plain xy")
    out = stream.getvalue()
    assert "123456:ABCDEF" not in out and out.count("[redacted]") == 2 and "plain xy" in out


def test_file_url() -> None:
    assert file_url("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"
    assert file_url("http://127.0.0.1:8081/bot") == "http://127.0.0.1:8081/file/bot"
    assert file_url("http://proxy/tg") == "http://proxy/tg"


def test_split_text() -> None:
    assert split_text("short", 4000) == ["short"]
    text = "a" * 30 + "\n\n" + "b" * 30 + "\n" + "c" * 30
    assert split_text(text, limit=40) == ["a" * 30, "b" * 30, "c" * 30]
    assert split_text("x" * 95, limit=40) == ["x" * 40, "x" * 40, "x" * 15]  # no break at all
