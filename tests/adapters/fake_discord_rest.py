"""Discord's REST API as the fake serves it, with Discord's rules: 50 requests a second per bot
token (rate-limit headers on every answer), one initial response per interaction within 3 s,
follow-ups for 15 minutes after it, and messages and modals within Discord's limits."""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.adapters.discord_forms import callback_error, message_error
from tests.adapters.fake_limits import Quota, Window
from tests.adapters.loopback import Loopback

APP = "700000000000000001"
BOT_USER = {"id": APP, "username": "participate", "discriminator": "0", "avatar": None,
            "bot": True, "global_name": None}
GUILD = "800000000000000001"
CHANNEL = "810000000000000001"
LIMIT = 50  # requests a second per bot token: Discord's global rate limit
ANSWER_WITHIN = 3.0  # seconds from dispatch to an interaction's one initial response
TOKEN_VALID = 15 * 60.0  # seconds an interaction token takes follow-ups and edits


@dataclass
class Call:
    method: str
    path: str
    body: Any
    at: float = field(default_factory=time.monotonic)
    status: int = 0  # what the fake answered


@dataclass
class Pending:
    """An interaction Discord dispatched: when, and whether its initial response came."""

    iid: str
    at: float
    acknowledged: bool = False
    user: str = ""


def _error(status: int, message: str, code: int) -> web.Response:
    return _json({"message": message, "code": code}, status=status)


def _headers(quota: Quota, bucket: str) -> dict[str, str]:
    """Discord's rate-limit headers, on every REST answer (a 429 too)."""
    return {"X-RateLimit-Limit": str(quota.limit),
            "X-RateLimit-Remaining": str(quota.remaining),
            "X-RateLimit-Reset": f"{time.time() + quota.reset_after:.3f}",
            "X-RateLimit-Reset-After": f"{quota.reset_after:.3f}",
            "X-RateLimit-Bucket": hashlib.sha256(bucket.encode()).hexdigest()[:32]}


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py parses JSON only when the Content-Type is exactly application/json.
    return web.Response(body=json.dumps(data).encode(), status=status,
                        headers={"Content-Type": "application/json", "Via": "1.1 google"})


class DiscordRest(Loopback):
    """The REST half of the fake: what the bot sends, recorded, and Discord's answers."""

    def __init__(self, token: str | None = None) -> None:
        super().__init__()
        self.token = token  # when set, REST calls without `Authorization: Bot <token>`: 401
        self.calls: list[Call] = []
        self.dm_of: dict[str, str] = {}  # DM channel -> the user it reaches
        self.blocked: set[str] = set()  # users or channels whose messages answer 403
        # per user or channel: statuses to answer once, or (429, retry_after) pairs
        self.failures: dict[str, list[int | tuple[int, float]]] = {}
        self.nonces: dict[tuple[str, str], dict[str, Any]] = {}  # (channel, nonce) -> message
        self.clock: Callable[[], float] = time.monotonic  # tests move it on to let time pass
        self.interactions: dict[str, Pending] = {}  # by interaction token
        self.modals: dict[str, str] = {}  # user -> custom_id of the modal open for them
        self.too_many = 0  # 429s answered by the rate limits (not the planned `failures`)
        self._limits = Window(LIMIT, 1.0, lambda: self.clock())
        self._ids = itertools.count(900000000000000000)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    def routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/api/v10/{path:.*}", self.rest)

    async def rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["path"]
        body: Any = None
        if request.content_type == "application/json":
            body = await request.json()
        elif request.content_type.startswith("multipart/"):
            form = await request.post()
            body = json.loads(str(form.get("payload_json", "{}")))
            body["files"] = [k for k in form if k != "payload_json"]
        call = Call(request.method, path, body)
        self.calls.append(call)
        # Interaction endpoints are not bound to the global limit: a bucket per token instead.
        interaction = path.startswith(("/interactions/", "/webhooks/"))
        key: Hashable = ("token", _part(path, 3)) if interaction else \
            request.headers.get("Authorization") or request.remote
        quota = self._limits.take(key)
        if quota.allowed:
            response = self._answer(request.method, path, body, call, request.headers)
        else:
            response = self._rate_limited(quota, globally=not interaction)
        response.headers.update(_headers(quota, "interaction" if interaction else "global"))
        call.status = response.status
        return response

    def _rate_limited(self, quota: Quota, globally: bool) -> web.Response:
        self.too_many += 1
        response = _json({"message": "You are being rate limited.",
                          "retry_after": round(quota.reset_after, 3), "global": globally},
                         status=429)
        response.headers["Retry-After"] = str(max(1, math.ceil(quota.reset_after)))
        response.headers["X-RateLimit-Scope"] = "global" if globally else "user"
        if globally:
            response.headers["X-RateLimit-Global"] = "true"
        return response

    def _callback(self, path: str, body: Any) -> web.Response:
        """An interaction's initial response: one, within three seconds of the dispatch."""
        iid, pending = _part(path, 2), self.interactions.get(_part(path, 3))
        if pending is None or pending.iid != iid:
            return _error(404, "Unknown interaction", 10062)
        if pending.acknowledged:
            return _error(400, "Interaction has already been acknowledged.", 40060)
        if self.clock() - pending.at > ANSWER_WITHIN:
            return _error(404, "Unknown interaction", 10062)
        problem = callback_error(body)
        if problem:
            return _json(problem.body(), status=400)
        pending.acknowledged = True
        if isinstance(body, dict) and body.get("type") == 9:  # a modal: the user may submit it
            self.modals[pending.user] = str(body["data"]["custom_id"])
        return _json({"interaction": {"id": iid, "type": 2}})

    def _webhook(self, method: str, path: str, body: Any) -> web.Response:
        """Follow-ups and edits of @original: after the initial response, for 15 minutes."""
        pending = self.interactions.get(_part(path, 3)) if _part(path, 2) == APP else None
        if pending is None or self.clock() - pending.at > TOKEN_VALID:
            return _error(401, "Invalid Webhook Token", 50027)
        if not pending.acknowledged:
            return _error(404, "Unknown Webhook", 10015)
        problem = message_error(body) if method in ("POST", "PATCH") else None
        if problem:
            return _json(problem.body(), status=400)
        return _json(self._message(body))

    def _answer(self, method: str, path: str, body: Any, call: Call,
                headers: Any) -> web.Response:
        bot_route = not path.startswith(("/interactions/", "/webhooks/"))
        if self.token and bot_route and headers.get("Authorization") != f"Bot {self.token}":
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        if path == "/gateway/bot":
            return _json({"url": f"ws://127.0.0.1:{self.port}/", "shards": 1,
                          "session_start_limit": {"total": 1000, "remaining": 1000,
                                                  "reset_after": 0, "max_concurrency": 1}})
        if path == "/users/@me":
            return _json(BOT_USER)
        if path == "/oauth2/applications/@me":
            return _json({"id": APP, "name": "Participate", "description": "", "icon": None,
                          "bot_public": True, "bot_require_code_grant": False, "flags": 0,
                          "owner": {"id": "1", "username": "owner", "discriminator": "0",
                                    "avatar": None}, "verify_key": "k"})
        if path == f"/applications/{APP}/commands" and method == "PUT":
            return _json([{**c, "id": str(next(self._ids)), "application_id": APP,
                           "version": "1"} for c in body])
        if path.startswith("/interactions/") and path.endswith("/callback"):
            return self._callback(path, body)
        if path.startswith("/webhooks/"):
            return self._webhook(method, path, body)
        problem = message_error(body) if method in ("POST", "PATCH") else None
        if problem:
            return _json(problem.body(), status=400)
        if path.startswith("/users/") and method == "GET":
            uid = path.split("/")[2]
            return _json({"id": uid, "username": f"u{uid}", "discriminator": "0",
                          "avatar": None, "global_name": None})
        if path == "/users/@me/channels" and method == "POST":
            channel = str(next(self._ids))
            self.dm_of[channel] = str(body["recipient_id"])
            return _json({"id": channel, "type": 1, "recipients": [
                {"id": body["recipient_id"], "username": "x", "discriminator": "0",
                 "avatar": None}]})
        if path.startswith("/channels/") and method == "GET":
            cid = path.split("/")[2]
            return _json({"id": cid, "type": 0, "guild_id": GUILD, "name": f"c{cid}",
                          "position": 0, "permission_overwrites": [], "nsfw": False})
        if path.startswith("/channels/") and path.endswith("/messages"):
            return self._channel_message(path, body, call)
        if path.startswith("/channels/"):
            return _json(self._message(body))
        return _json({"message": "Unknown route", "code": 0}, status=404)

    def _channel_message(self, path: str, body: Any, call: Call) -> web.Response:
        channel = path.split("/")[2]
        target = self.dm_of.get(channel, channel)
        planned = self.failures.get(target)
        if target in self.blocked:
            call.body = {**(body or {}), "failed": 403}
            return _json({"message": "Cannot send messages to this user", "code": 50007},
                         status=403)
        if planned:
            status, wait = planned.pop(0), 0.2
            if isinstance(status, tuple):  # (429, retry_after in seconds)
                status, wait = status
            call.body = {**(body or {}), "failed": status}
            if status == 429:
                return _json({"message": "You are being rate limited.", "retry_after": wait,
                              "global": False}, status=429)
            return _json({"message": "Server error", "code": 0}, status=status)
        nonce = (body or {}).get("nonce")
        if nonce is not None and (body or {}).get("enforce_nonce"):
            # Discord: a message with a nonce seen in this channel a few minutes ago is not
            # created again; the first one is returned.
            first = self.nonces.get((channel, str(nonce)))
            if first is not None:
                call.body = {**(body or {}), "duplicate": target}
                return _json(first)
        call.body = {**(body or {}), "target": target}
        made = self._message(body)
        if nonce is not None and (body or {}).get("enforce_nonce"):
            self.nonces[(channel, str(nonce))] = made
        return _json(made)

    def _message(self, body: Any) -> dict[str, Any]:
        return {"id": str(next(self._ids)), "channel_id": CHANNEL, "author": BOT_USER,
                "content": (body or {}).get("content", ""), "timestamp":
                "2024-01-01T00:00:00+00:00", "edited_timestamp": None, "tts": False,
                "mention_everyone": False, "mentions": [], "mention_roles": [],
                "attachments": [], "embeds": [], "pinned": False, "type": 0, "flags": 0,
                "components": []}

    def delivered(self) -> dict[str, int]:
        """Messages that arrived, per user (for DMs) or channel."""
        counts: dict[str, int] = {}
        for call in self.calls:
            if call.method == "POST" and call.path.endswith("/messages") and call.body \
                    and "target" in call.body:
                counts[call.body["target"]] = counts.get(call.body["target"], 0) + 1
        return counts


def _part(path: str, index: int) -> str:
    """One segment of a route's path ("/webhooks/{app}/{token}": 2 is app, 3 the token)."""
    parts = path.split("/")
    return parts[index] if index < len(parts) else ""
