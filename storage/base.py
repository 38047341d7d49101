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


class Store(Protocol):
    async def get_language(self, platform: str, user_id: str) -> str | None: ...
    async def set_language(self, platform: str, user_id: str, language: str) -> None: ...

    async def get_flow(self, platform: str, user_id: str) -> FlowState | None: ...
    async def set_flow(self, platform: str, user_id: str, flow: FlowState) -> None: ...
    async def clear_flow(self, platform: str, user_id: str) -> bool: ...

    async def get_chat_language(self, platform: str, chat_id: str) -> str | None: ...
    async def set_chat_language(self, platform: str, chat_id: str, language: str) -> None: ...

    async def get_meta(self, key: str) -> str | None: ...
    async def set_meta(self, key: str, value: str) -> None: ...

    async def drop_user(self, platform: str, user_id: str) -> int:
        """Delete everything stored about one user; returns the number of records deleted."""
        ...

    async def schema_version(self) -> int: ...
    async def close(self) -> None: ...
