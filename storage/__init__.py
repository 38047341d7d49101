"""Storage port and its implementation on SQLite or PostgreSQL, chosen by DATABASE_URL.
Imports nothing from bot/."""

from __future__ import annotations

from storage.base import (
    AnnouncementKind,
    ChatKind,
    Delivery,
    DeliveryStatus,
    Event,
    FlowState,
    LoggedQuestion,
    QuestionKind,
    Recipient,
    Response,
    Role,
    Store,
    StoreError,
    StoreUnavailable,
    Volunteer,
)
from storage.url import open_store

__all__ = [
    "AnnouncementKind", "ChatKind", "Delivery", "DeliveryStatus", "Event", "FlowState",
    "LoggedQuestion", "QuestionKind",
    "Recipient", "Response", "Role", "Store", "StoreError", "StoreUnavailable", "Volunteer",
    "open_store",
]
