"""The one declared command list: drives /help, the console, and platform registration."""

from __future__ import annotations

from dataclasses import dataclass

ALL_PLATFORMS = frozenset({"console", "telegram", "discord"})


@dataclass(frozen=True)
class Command:
    name: str
    private_only: bool = False  # personal data: refused in groups, offered in a private chat
    platforms: frozenset[str] = ALL_PLATFORMS
    personal: bool = False  # about the person: answered to them alone (Discord: ephemeral)
    group_admin: bool = False  # in a group, its admins' say: adapters ask who administers it

    @property
    def description(self) -> str:
        """The Fluent id of its one-line description."""
        return f"cmd-{self.name}"

    @property
    def localized_name(self) -> str:
        """The Fluent id of its name as platforms with localized names show it."""
        return f"cmdname-{self.name}"

    def available_on(self, platform: str) -> bool:
        return platform in self.platforms


COMMANDS: tuple[Command, ...] = (
    Command("start", platforms=frozenset({"console", "telegram"})),
    Command("menu", platforms=frozenset({"discord"})),  # Discord has no /start: the same menu
    Command("help"),
    Command("faq"),
    Command("survey", private_only=True, personal=True),
    Command("volunteer", private_only=True, personal=True),
    Command("liaison"),
    Command("salon"),
    Command("discuss"),
    Command("language", group_admin=True),
    Command("privacy", personal=True),
    Command("forget", private_only=True, personal=True),
    Command("results", private_only=True, personal=True),
    Command("unanswered", private_only=True, personal=True),
    Command("ask", private_only=True, personal=True),
    Command("reply", private_only=True, personal=True),
    Command("tickets", private_only=True, personal=True),
    Command("share", private_only=True, personal=True),
    Command("discussions", private_only=True, personal=True),
    Command("report", private_only=True, personal=True),
    Command("events"),
    Command("subscribe", personal=True, group_admin=True),
    Command("unsubscribe", personal=True, group_admin=True),
    Command("announce", private_only=True, personal=True),
    Command("cancel", personal=True),
    Command("setup", platforms=frozenset({"discord"})),  # a server's language and channel
)
BY_NAME: dict[str, Command] = {c.name: c for c in COMMANDS}


def for_platform(platform: str) -> tuple[Command, ...]:
    return tuple(c for c in COMMANDS if c.available_on(platform))
