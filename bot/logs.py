"""Logging set-up: secrets never reach a log line, whatever a library chooses to print."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable


class Redact(logging.Filter):
    """Replaces every secret in a record's final message (libraries log URLs with tokens)."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        super().__init__()
        self.secrets: list[str] = []
        self.add(secrets)

    def add(self, secrets: Iterable[str | None]) -> None:
        found = set(self.secrets) | {s for s in secrets if s and len(s) >= 6}
        self.secrets = sorted(found, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = record.getMessage()
            redacted = message
            for secret in self.secrets:
                redacted = redacted.replace(secret, "[redacted]")
            if redacted != message:
                record.msg, record.args = redacted, ()
        return True


class NoVoice(logging.Filter):
    """discord.py warns at every start that voice is unsupported (PyNaCl, davey not installed):
    the bot never joins a voice channel, so the warning is noise in the operator's log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).endswith("is not installed, voice will NOT be supported")


_installed: list[Redact] = []  # the filter of the handler configure() installed


def redact(*secrets: str | None) -> None:
    """Secrets learnt after start-up (BOT_SECRET generated and kept in the database)."""
    for found in _installed:
        found.add(secrets)


def configure(level: str, secrets: Iterable[str | None]) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
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
