"""Who may do what: admins (BOT_ADMINS) everything, liaisons for their languages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.language_names import names_in
from bot.languages import AUTONYMS
from bot.settings import Settings
from storage import Store

if TYPE_CHECKING:
    from bot.context import Context

LIAISON = "liaison"


async def languages_of(store: Store, settings: Settings, platform: str,
                       user_id: str) -> frozenset[str] | None:
    """None for an admin (every language); a liaison's languages; else an empty set."""
    if (platform, user_id) in settings.admins:
        return None
    roles = await store.get_roles(platform, user_id)
    return frozenset(code for role in roles if role.role == LIAISON for code in role.languages)


@dataclass(frozen=True)
class Scope:
    """What a liaison (their languages) or an admin (None: all) may read, and its name in
    the reader's language."""

    languages: tuple[str, ...] | None
    named: str

    def holds(self, code: str) -> bool:
        return self.languages is None or code in self.languages


async def scope_of(ctx: Context, refusal: str) -> Scope | None:
    """The asker's scope; None (after the refusal `refusal`) for someone with no role."""
    languages = await languages_of(ctx.store, ctx.services.settings, ctx.user.platform,
                                   ctx.user.user_id)
    if languages is not None and not languages:
        ctx.refuse(refusal)
        return None
    if languages is None:
        return Scope(None, ctx.t("results-all-languages"))
    known = tuple(sorted(code for code in languages if code in AUTONYMS))
    return Scope(known, names_in(ctx.locale, known))
