"""Secrets never reach a log line; the Telegram file URL follows a custom API URL."""

from __future__ import annotations

import io
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bot import logs
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


@pytest.fixture
def configure(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., io.StringIO]]:
    """logs.configure, printing to the StringIO returned (call it in the test: pytest puts
    its own sys.stderr back between phases); pytest's handlers are put back after."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level

    def configured(*args: Any) -> io.StringIO:
        stream = io.StringIO()
        monkeypatch.setattr(sys, "stderr", stream)
        logs.configure(*args)
        return stream

    yield configured
    root.handlers[:] = handlers
    root.setLevel(level)


def test_json_lines_carry_the_pid_and_never_a_secret(
        configure: Callable[..., io.StringIO]) -> None:
    secret = "123456:JSON-SECRET"
    configured = configure("INFO", [secret], "json")
    log = logging.getLogger("test.json")
    log.info("GET https://api.telegram.org/bot%s/getMe", secret)
    try:
        raise RuntimeError(f"cannot reach https://api.telegram.org/bot{secret}/getUpdates")
    except RuntimeError:
        log.exception("polling failed")
    out = configured.getvalue()
    assert secret not in out and "JSON-SECRET" not in out
    first, second = (json.loads(line) for line in out.splitlines())
    assert set(first) == {"time", "pid", "level", "logger", "message"}
    assert first["pid"] == os.getpid() and first["level"] == "INFO"
    assert first["logger"] == "test.json" and "bot[redacted]/getMe" in first["message"]
    assert second["message"] == "polling failed"
    assert "RuntimeError: cannot reach" in second["exception"]
    assert "[redacted]" in second["exception"]


def test_text_lines_carry_the_pid_and_redact_tracebacks(
        configure: Callable[..., io.StringIO]) -> None:
    configured = configure("INFO", ["123456:TEXT-SECRET"])
    try:
        raise RuntimeError("token 123456:TEXT-SECRET refused")
    except RuntimeError:
        logging.getLogger("test.text").exception("start failed")
    out = configured.getvalue()
    assert f" {os.getpid()} ERROR test.text: start failed" in out
    assert "TEXT-SECRET" not in out and "token [redacted] refused" in out
