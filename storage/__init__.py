"""Storage port and its implementations; chosen by DATABASE_URL. Imports nothing from bot/."""

from __future__ import annotations

from storage.base import (
    Delivery,
    Event,
    FlowState,
    Recipient,
    Response,
    Role,
    Store,
    StoreError,
    Volunteer,
)
from storage.url import open_store

__all__ = [
    "Delivery", "Event", "FlowState", "Recipient", "Response", "Role", "Store", "StoreError",
    "Volunteer", "open_store",
]
