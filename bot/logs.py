"""Logging set-up: secrets never reach a log line, whatever a library chooses to print."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable


class Redact(logging.Filter):
    """Replaces every secret in a record's final message (libraries log URLs with tokens)."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if s and len(s) >= 6}, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = record.getMessage()
            redacted = message
            for secret in self.secrets:
                redacted = redacted.replace(secret, "[redacted]")
            if redacted != message:
                record.msg, record.args = redacted, ()
        return True


def configure(level: str, secrets: Iterable[str | None]) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Redact(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs each request's URL at INFO; a Bot API URL contains the token.
    logging.getLogger("httpx").setLevel(max(logging.WARNING, root.level))
    # Alembic narrates every step at INFO; the store logs the revisions it applied instead.
    logging.getLogger("alembic").setLevel(max(logging.WARNING, root.level))
