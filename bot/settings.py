"""Configuration: one frozen Settings made from the environment (and a .env file) at start-up."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "sqlite:///bot.sqlite3"
DEFAULT_TELEGRAM_API_URL = "https://api.telegram.org/bot"
DEFAULT_DISCORD_API_URL = "https://discord.com/api/v10"
TOKEN_VARIABLES = ("TELEGRAM_TOKEN", "DISCORD_TOKEN")


class SettingsError(ValueError):
    """A configuration value is malformed; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    telegram_token: str | None = field(default=None, repr=False)
    telegram_api_url: str = DEFAULT_TELEGRAM_API_URL
    discord_token: str | None = field(default=None, repr=False)
    discord_api_url: str = DEFAULT_DISCORD_API_URL
    database_url: str = DEFAULT_DATABASE_URL
    admins: frozenset[tuple[str, str]] = frozenset()
    secret: str | None = field(default=None, repr=False)
    log_level: str = "INFO"
    log_format: str = "text"  # or "json": one JSON object a line
    host: str = "0.0.0.0"  # /healthz and /metrics: every interface, as hosting platforms need
    port: int = 8080  # 0: no web server
    # Several processes: the shared send budget, per-person locks, the Telegram poller's lease.
    redis_url: str | None = field(default=None, repr=False)
    discord_shard_count: int | None = None  # with shard ids: this process serves those shards
    discord_shard_ids: tuple[int, ...] | None = None
    paid_broadcast: bool = False  # Telegram's allow_paid_broadcast for announcements (1000/s)
    telegram_webhook_url: str | None = None  # set: Telegram POSTs updates there (PORT)
    faq_log_questions: bool = True  # keep unanswered and 👎 questions (no ids) for 30 days
    locales_dir: Path = PROJECT_ROOT / "locales"
    content_file: Path = PROJECT_ROOT / "bot" / "content.toml"

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, dotenv: Path | None = None
    ) -> Settings:
        """Read the variables; real environment variables win over the .env file."""
        values: dict[str, str] = {}
        env_file = dotenv if dotenv is not None else Path(".env")
        if env_file.is_file():
            values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
        values.update(os.environ if environ is None else environ)

        def get(name: str) -> str | None:
            value = values.get(name, "").strip()
            return value or None

        level = (get("LOG_LEVEL") or "INFO").upper()
        if not isinstance(logging.getLevelName(level), int):
            raise SettingsError(f"LOG_LEVEL={level!r} is not a logging level (DEBUG, INFO, ...)")
        log_format = (get("LOG_FORMAT") or "text").lower()
        if log_format not in ("text", "json"):
            raise SettingsError(f"LOG_FORMAT={log_format!r} is not text or json")
        port = get("PORT") or "8080"
        if not port.isdigit() or int(port) > 65535:
            raise SettingsError(f"PORT={port!r} is not a port number (0-65535; 0: no web server)")
        shards, shard_ids = _shards(get("DISCORD_SHARD_COUNT"), get("DISCORD_SHARD_IDS"))
        paid = (get("TELEGRAM_PAID_BROADCAST") or "0").lower()
        if paid not in ("0", "1", "true", "false", "yes", "no"):
            raise SettingsError(f"TELEGRAM_PAID_BROADCAST={paid!r} is not 1 or 0")
        webhook = get("TELEGRAM_WEBHOOK_URL")
        if webhook and not webhook.startswith(("https://", "http://127.0.0.1:",
                                               "http://localhost:")):
            raise SettingsError("TELEGRAM_WEBHOOK_URL must be an https:// address (Telegram "
                                "sends updates to HTTPS only)")
        if webhook and port == "0":
            raise SettingsError("TELEGRAM_WEBHOOK_URL needs PORT (where the webhook listens)")
        log_questions = (get("FAQ_LOG_QUESTIONS") or "1").lower()
        if log_questions not in ("0", "1", "true", "false", "yes", "no"):
            raise SettingsError(f"FAQ_LOG_QUESTIONS={log_questions!r} is not 1 or 0")
        return cls(
            faq_log_questions=log_questions in ("1", "true", "yes"),
            telegram_webhook_url=webhook,
            redis_url=get("REDIS_URL"),
            discord_shard_count=shards,
            discord_shard_ids=shard_ids,
            paid_broadcast=paid in ("1", "true", "yes"),
            telegram_token=get("TELEGRAM_TOKEN"),
            telegram_api_url=get("TELEGRAM_API_URL") or DEFAULT_TELEGRAM_API_URL,
            discord_token=get("DISCORD_TOKEN"),
            discord_api_url=(get("DISCORD_API_URL") or DEFAULT_DISCORD_API_URL).rstrip("/"),
            database_url=get("DATABASE_URL") or DEFAULT_DATABASE_URL,
            admins=parse_admins(get("BOT_ADMINS") or ""),
            secret=get("BOT_SECRET"),
            log_level=level,
            log_format=log_format,
            host=get("HOST") or "0.0.0.0",
            port=int(port),
        )

    @property
    def platforms(self) -> tuple[str, ...]:
        """The platforms whose token is set."""
        found = []
        if self.telegram_token:
            found.append("telegram")
        if self.discord_token:
            found.append("discord")
        return tuple(found)


def parse_admins(raw: str) -> frozenset[tuple[str, str]]:
    """`telegram:1234,discord:5678` -> {("telegram", "1234"), ("discord", "5678")}."""
    admins = set()
    for item in raw.split(","):
        item = item.strip()
        if not item:
            continue
        platform, sep, user_id = item.partition(":")
        if not sep or not platform.strip() or not user_id.strip():
            raise SettingsError(f"BOT_ADMINS entry {item!r} is not platform:user_id")
        admins.add((platform.strip().lower(), user_id.strip()))
    return frozenset(admins)


def _shards(count: str | None, ids: str | None) -> tuple[int | None, tuple[int, ...] | None]:
    """DISCORD_SHARD_COUNT=8 and DISCORD_SHARD_IDS=0,1,2,3 (or 0-3): this process's shards."""
    if count is None:
        if ids is not None:
            raise SettingsError("DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT")
        return None, None
    if not count.isdigit() or int(count) < 1:
        raise SettingsError(f"DISCORD_SHARD_COUNT={count!r} is not a positive number")
    total = int(count)
    if ids is None:
        return total, tuple(range(total))
    chosen: set[int] = set()
    for part in ids.split(","):
        first, dash, last = part.strip().partition("-")
        if not first.isdigit() or (dash and not last.isdigit()):
            raise SettingsError(f"DISCORD_SHARD_IDS={ids!r}: write numbers like 0,1,2 or 0-3")
        chosen.update(range(int(first), int(last if dash else first) + 1))
    if not chosen or max(chosen) >= total:
        raise SettingsError(f"DISCORD_SHARD_IDS={ids!r}: shards are 0 to {total - 1}")
    return total, tuple(sorted(chosen))
