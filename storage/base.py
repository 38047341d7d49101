"""The Store port: a small async interface with mirrored verbs, keyed by platform and user."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


class StoreError(Exception):
    """The store cannot be opened or used (bad URL, unsupported backend, failed migration)."""


@dataclass(frozen=True)
class FlowState:
    """The step-by-step flow a user is in: its name, the named step, and data collected so far."""

    name: str
    step: str
    data: dict[str, Any] = field(default_factory=dict)


class UserStore(Protocol):
    async def get_language(self, platform: str, user_id: str) -> str | None: ...
    async def set_language(self, platform: str, user_id: str, language: str) -> None: ...

    async def get_flow(self, platform: str, user_id: str) -> FlowState | None: ...
    async def set_flow(self, platform: str, user_id: str, flow: FlowState) -> None: ...
    async def clear_flow(self, platform: str, user_id: str) -> bool: ...

    async def set_reachable(self, platform: str, user_id: str, reachable: bool) -> None:
        """Record that messages can (not) reach a user, e.g. after they blocked the bot."""
        ...

    async def is_reachable(self, platform: str, user_id: str) -> bool: ...

    async def get_chat_language(self, platform: str, chat_id: str) -> str | None: ...
    async def set_chat_language(self, platform: str, chat_id: str, language: str) -> None: ...

    async def set_announcements(self, platform: str, chat_id: str, channel: str) -> None:
        """Where a server's announcements go (a channel of that server)."""
        ...

    async def get_announcements(self, platform: str, chat_id: str) -> str | None: ...

    async def get_meta(self, key: str) -> str | None: ...
    async def set_meta(self, key: str, value: str) -> None: ...

    async def drop_user(self, platform: str, user_id: str) -> int:
        """Delete everything stored about one user; returns the number of records deleted."""
        ...

    async def schema_version(self) -> int: ...
    async def close(self) -> None: ...


@dataclass(frozen=True)
class Response:
    """One person's answers to one survey, under a pseudonymous respondent id."""

    survey: str
    respondent: str
    language: str
    answers: dict[str, Any]
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Volunteer:
    id: int
    platform: str
    user_id: str
    group: str
    language: str
    contact: str
    created_at: str


@dataclass(frozen=True)
class Role:
    platform: str
    user_id: str
    role: str
    languages: tuple[str, ...]
    granted_at: str = ""


class SurveyStore(Protocol):
    async def save_response(self, response: Response) -> None:
        """Insert or replace: one response per respondent per survey."""
        ...

    async def get_response(self, survey: str, respondent: str) -> Response | None: ...
    async def list_responses(self, survey: str) -> list[Response]: ...
    async def delete_responses(self, respondent: str) -> int: ...

    async def add_volunteer(
        self, platform: str, user_id: str, group: str, language: str, contact: str
    ) -> int: ...
    async def list_volunteers(self) -> list[Volunteer]: ...

    async def grant_role(
        self, platform: str, user_id: str, role: str, languages: tuple[str, ...]
    ) -> None: ...
    async def revoke_role(self, platform: str, user_id: str, role: str) -> bool: ...
    async def get_roles(self, platform: str, user_id: str) -> list[Role]: ...
    async def list_roles(self) -> list[Role]: ...


class Store(UserStore, SurveyStore, Protocol):
    """Everything the bot keeps."""
