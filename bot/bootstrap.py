"""The composition root: builds the store, translations, content and router once."""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass

from bot import events, logs
from bot.content import Content, load_content
from bot.context import Services
from bot.core import Core
from bot.faq_match import FaqMatcher
from bot.handlers import ROUTERS
from bot.i18n import Translator
from bot.router import Routes
from bot.settings import Settings
from storage import Store, open_store

log = logging.getLogger(__name__)
SECRET_KEY = "bot_secret"


@dataclass(frozen=True)
class Texts:
    """The read-only parts built from files: translations, content, the FAQ index (the last
    two filled per locale as they are first needed)."""

    i18n: Translator
    content: Content
    faq: FaqMatcher

    @classmethod
    def load(cls, settings: Settings) -> Texts:
        """Cheap: a locale's translations are parsed, and its FAQ index built, on first use."""
        i18n = Translator(settings.locales_dir)
        content = load_content(settings.content_file)
        return cls(i18n, content, FaqMatcher(content, i18n))


async def bootstrap(
    settings: Settings, store: Store | None = None, texts: Texts | None = None
) -> Core:
    """Everything an adapter needs, in one object. Nothing is built at import time."""
    texts = texts or Texts.load(settings)
    store = store or await open_store(settings.database_url)
    secret = await ensure_secret(store, settings)
    await events.seed(store, list(texts.content.events))
    services = Services(settings, store, texts.content, texts.i18n, texts.faq, secret)
    return Core(services, Routes.merge(ROUTERS))


async def ensure_secret(store: Store, settings: Settings) -> str:
    """BOT_SECRET if set, else a random key generated once and kept in the store."""
    if settings.secret:
        return settings.secret
    stored = await store.get_meta(SECRET_KEY)
    if stored is None:  # several processes starting at once keep the first one's
        generated = secrets.token_hex(32)
        logs.redact(generated)  # before the database (and its debug log) sees it
        stored = await store.first_meta(SECRET_KEY, generated)
        if stored == generated:
            log.info("generated BOT_SECRET and stored it in the database")
    logs.redact(stored)
    return stored
