"""Who a ticket goes to and who may write in it: the liaisons of its language, or the admins
(the Community Relations Specialist's role) where a language has none."""

from __future__ import annotations

from bot.roles import LIAISON
from bot.settings import Settings
from bot.types import UserKey
from storage import Store, Ticket

MOST_OPEN = 3  # tickets a member may have open at once
MAX_MESSAGE = 2000  # characters of one message in a ticket's thread


async def handlers_of(store: Store, settings: Settings, language: str) -> list[UserKey]:
    """The liaisons of the language on every platform that messages reach; the admins if it
    has none (or none of them can be reached: they blocked the bot, closed their DMs). A
    liaison who never chose a language reads what they get in the one they serve."""
    liaisons = [key for key in sorted({UserKey(r.platform, r.user_id)
                                       for r in await store.list_roles()
                                       if r.role == LIAISON and language in r.languages},
                                      key=lambda k: (k.platform, k.user_id))
                if await store.is_reachable(key.platform, key.user_id)]
    if liaisons:
        return liaisons
    return [UserKey(platform, user_id) for platform, user_id in sorted(settings.admins)]


def holder(ticket: Ticket) -> UserKey | None:
    """The liaison who claimed the ticket, if any."""
    if not ticket.claimed_by or ":" not in ticket.claimed_by:
        return None
    platform, _, user_id = ticket.claimed_by.partition(":")
    return UserKey(platform, user_id)


def is_member(ticket: Ticket, who: UserKey) -> bool:
    return (ticket.platform, ticket.user_id) == (who.platform, who.user_id)

