"""Logging set-up: secrets never reach a log line, whatever a library chooses to print."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime

TEXT_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
_PLAIN = logging.Formatter()


class Redact(logging.Filter):
    """Replaces every secret in a record's final message and its traceback (libraries log
    URLs with tokens)."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        super().__init__()
        self.secrets: list[str] = []
        self.add(secrets)

    def add(self, secrets: Iterable[str | None]) -> None:
        found = set(self.secrets) | {s for s in secrets if s and len(s) >= 6}
        self.secrets = sorted(found, key=len, reverse=True)

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("sqlalchemy.engine") and str(record.msg).startswith(
                ("Row ", "Col ")):
            return False  # rows read (at DEBUG) hold people's data and the stored secret
        if self.secrets:
            message = record.getMessage()
            redacted = self.scrub(message)
            if redacted != message:
                record.msg, record.args = redacted, ()
            # Formatters print exc_text when it is set: the traceback, redacted once, here.
            if record.exc_info and not record.exc_text:
                record.exc_text = _PLAIN.formatException(record.exc_info)
            if record.exc_text:
                record.exc_text = self.scrub(record.exc_text)
            if record.stack_info:
                record.stack_info = self.scrub(record.stack_info)
        return True


class JsonLines(logging.Formatter):
    """One JSON object per line (LOG_FORMAT=json): time, pid, level, logger, message, and the
    traceback as one string field."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "pid": record.process, "level": record.levelname, "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["exception"] = record.exc_text
        if record.stack_info:
            line["stack"] = record.stack_info
        return json.dumps(line, ensure_ascii=False)


class NoVoice(logging.Filter):
    """discord.py warns at every start that voice is unsupported (PyNaCl, davey not installed):
    the bot never joins a voice channel, so the warning is noise in the operator's log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).endswith("is not installed, voice will NOT be supported")


_installed: list[Redact] = []  # the filter of the handler configure() installed


def scrub(text: str) -> str:
    """`text` with every secret known to the log filter replaced (for text shown elsewhere,
    such as errors in /healthz)."""
    for found in _installed:
        text = found.scrub(text)
    return text


def redact(*secrets: str | None) -> None:
    """Secrets learnt after start-up (BOT_SECRET generated and kept in the database)."""
    for found in _installed:
        found.add(secrets)


def configure(level: str, secrets: Iterable[str | None], fmt: str = "text") -> None:
    """Every line to stderr, with the process id; `fmt` "json": one JSON object a line."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines() if fmt == "json" else logging.Formatter(TEXT_FORMAT))
    redactor = Redact(secrets)
    _installed[:] = [redactor]
    handler.addFilter(redactor)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs each request's URL at INFO; a Bot API URL contains the token.
    logging.getLogger("httpx").setLevel(max(logging.WARNING, root.level))
    # Alembic narrates every step at INFO; the store logs the revisions it applied instead.
    logging.getLogger("alembic").setLevel(max(logging.WARNING, root.level))
    voice = logging.getLogger("discord.client")  # where discord.py logs those two warnings
    if not any(isinstance(f, NoVoice) for f in voice.filters):
        voice.addFilter(NoVoice())
