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
        return cls(
            telegram_token=get("TELEGRAM_TOKEN"),
            telegram_api_url=get("TELEGRAM_API_URL") or DEFAULT_TELEGRAM_API_URL,
            discord_token=get("DISCORD_TOKEN"),
            discord_api_url=(get("DISCORD_API_URL") or DEFAULT_DISCORD_API_URL).rstrip("/"),
            database_url=get("DATABASE_URL") or DEFAULT_DATABASE_URL,
            admins=parse_admins(get("BOT_ADMINS") or ""),
            secret=get("BOT_SECRET"),
            log_level=level,
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
