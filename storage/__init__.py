"""Storage port and its implementations; chosen by DATABASE_URL. Imports nothing from bot/."""

from __future__ import annotations

from storage.base import FlowState, Response, Role, Store, StoreError, Volunteer
from storage.url import open_store

__all__ = [
    "FlowState", "Response", "Role", "Store", "StoreError", "Volunteer", "open_store",
]
