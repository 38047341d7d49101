"""Who may do what: admins (BOT_ADMINS) everything, liaisons for their languages."""

from __future__ import annotations

from bot.settings import Settings
from storage import Store

LIAISON = "liaison"


async def languages_of(store: Store, settings: Settings, platform: str,
                       user_id: str) -> frozenset[str] | None:
    """None for an admin (every language); a liaison's languages; else an empty set."""
    if (platform, user_id) in settings.admins:
        return None
    roles = await store.get_roles(platform, user_id)
    return frozenset(code for role in roles if role.role == LIAISON for code in role.languages)
