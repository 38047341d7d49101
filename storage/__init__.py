"""Storage port and its implementation on SQLite or PostgreSQL, chosen by DATABASE_URL.
Imports nothing from bot/."""

from __future__ import annotations

from storage.base import (
    AnnouncementKind,
    ChatKind,
    Delivery,
    DeliveryStatus,
    Discussion,
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
    Ticket,
    TicketStatus,
    Volunteer,
)
from storage.url import open_store

__all__ = [
    "AnnouncementKind",
    "ChatKind",
    "Delivery",
    "DeliveryStatus",
    "Discussion",
    "Event",
    "FlowState",
    "LoggedQuestion",
    "QuestionKind",
    "Recipient",
    "Response",
    "Role",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "Ticket",
    "TicketStatus",
    "Volunteer",
    "open_store",
]
