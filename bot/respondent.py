"""Pseudonymous respondent ids: a keyed hash of the platform account, never the account."""

from __future__ import annotations

import hashlib
import hmac


def respondent_id(secret: str, platform: str, user_id: str) -> str:
    """HMAC-SHA256 of `platform:user_id` under BOT_SECRET, as 32 hex characters."""
    digest = hmac.new(secret.encode(), f"{platform}:{user_id}".encode(), hashlib.sha256)
    return digest.hexdigest()[:32]
