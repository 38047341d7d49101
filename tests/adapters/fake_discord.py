"""A fake Discord on 127.0.0.1: REST routes and a gateway websocket, for the real discord.py."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.adapters.loopback import Loopback

APP = "700000000000000001"
BOT_USER = {"id": APP, "username": "participate", "discriminator": "0", "avatar": None,
            "bot": True, "global_name": None}
GUILD = "800000000000000001"
CHANNEL = "810000000000000001"
ANNOUNCE = "810000000000000002"
MANAGE_GUILD = 1 << 5


@dataclass
class Call:
    method: str
    path: str
    body: Any
    at: float = field(default_factory=time.monotonic)


def invalid(message: Any) -> str | None:
    """What Discord would refuse in a message (400 Invalid Form Body), or None."""
    if not isinstance(message, dict):
        return None
    if len(str(message.get("content") or "")) > 2000:
        return "content: must be 2000 or fewer in length"
    rows = message.get("components") or []
    if len(rows) > 5:
        return "components: must be 5 or fewer in length"
    for row in rows:
        items = row.get("components", [])
        if len(items) > 5:
            return "components.components: must be 5 or fewer in length"
        for item in items:
            if len(str(item.get("custom_id", ""))) > 100:
                return "custom_id: must be 100 or fewer in length"
            if len(str(item.get("label", ""))) > 80:
                return "label: must be 80 or fewer in length"
    return None


def _refused(why: str) -> web.Response:
    return _json({"message": "Invalid Form Body", "code": 50035, "errors": why}, status=400)


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py parses JSON only when the Content-Type is exactly application/json.
    return web.Response(body=json.dumps(data).encode(), status=status,
                        headers={"Content-Type": "application/json", "Via": "1.1 google"})


class FakeDiscord(Loopback):
    def __init__(self, token: str | None = None) -> None:
        super().__init__()
        self.token = token  # when set, REST calls without `Authorization: Bot <token>`: 401
        self.calls: list[Call] = []
        self.sockets: list[web.WebSocketResponse] = []
        self.identified = asyncio.Event()
        self.dm_of: dict[str, str] = {}  # DM channel -> the user it reaches
        self.blocked: set[str] = set()  # users or channels whose messages answer 403
        self.failures: dict[str, list[int]] = {}  # per user or channel: statuses to answer once
        self._seq = itertools.count(1)
        self._ids = itertools.count(900000000000000000)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/", self.gateway)
        app.router.add_route("*", "/api/v10/{path:.*}", self.rest)

    async def stop(self) -> None:
        for ws in self.sockets:
            await ws.close()
        await super().stop()

    # ---- gateway ---------------------------------------------------------------------------

    async def gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.sockets.append(ws)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        async for message in ws:
            if message.type != WSMsgType.TEXT:
                continue
            payload = json.loads(message.data)
            if payload["op"] == 1:
                await ws.send_str(json.dumps({"op": 11}))
            elif payload["op"] == 2:
                await self._dispatch(ws, "READY", {
                    "v": 10, "user": BOT_USER, "guilds": [{"id": GUILD, "unavailable": True}],
                    "session_id": "s1", "resume_gateway_url": f"ws://127.0.0.1:{self.port}/",
                    "application": {"id": APP, "flags": 0}, "shard": [0, 1]})
                await self._dispatch(ws, "GUILD_CREATE", {
                    "id": GUILD, "name": "Wikimedia", "unavailable": False, "member_count": 2,
                    "roles": [], "emojis": [], "features": [], "members": [], "threads": [],
                    "stickers": [], "preferred_locale": "de", "owner_id": "1",
                    "channels": [
                        {"id": CHANNEL, "type": 0, "name": "general", "position": 0,
                         "guild_id": GUILD, "permission_overwrites": []},
                        {"id": ANNOUNCE, "type": 0, "name": "announcements", "position": 1,
                         "guild_id": GUILD, "permission_overwrites": []}]})
                self.identified.set()
        return ws

    async def _dispatch(self, ws: web.WebSocketResponse, event: str, data: Any) -> None:
        await ws.send_str(json.dumps({"op": 0, "s": next(self._seq), "t": event, "d": data}))

    async def interact(self, data: dict[str, Any]) -> str:
        """Send an interaction as Discord would; returns its id."""
        await self.identified.wait()
        await self._dispatch(self.sockets[-1], "INTERACTION_CREATE", data)
        return str(data["id"])

    # ---- what users do ---------------------------------------------------------------------

    def _base(self, kind: int, user: int, locale: str, guild: bool, manage: bool,
              **extra: Any) -> dict[str, Any]:
        iid = str(next(self._ids))
        person = {"id": str(user), "username": f"u{user}", "discriminator": "0", "avatar": None,
                  "global_name": None}
        payload: dict[str, Any] = {
            "id": iid, "application_id": APP, "type": kind, "token": f"tok{iid}", "version": 1,
            "locale": locale, "attachment_size_limit": 8388608, "entitlements": [],
            "app_permissions": "0", "authorizing_integration_owners": {}, **extra}
        if guild:
            payload.update(guild_id=GUILD, channel_id=CHANNEL, guild_locale="de",
                           channel={"id": CHANNEL, "type": 0, "guild_id": GUILD},
                           member={"user": person, "roles": [], "deaf": False, "mute": False,
                                   "joined_at": "2024-01-01T00:00:00+00:00", "flags": 0,
                                   "permissions": str(MANAGE_GUILD if manage else 0)})
        else:
            dm = str(user + 1)
            payload.update(channel_id=dm, user=person,
                           channel={"id": dm, "type": 1, "recipients": [person]})
        return payload

    async def slash(self, name: str, user: int = 1, locale: str = "en-US", guild: bool = True,
                    manage: bool = False, options: list[dict[str, Any]] | None = None,
                    resolved: dict[str, Any] | None = None) -> str:
        data: dict[str, Any] = {"id": str(next(self._ids)), "name": name, "type": 1,
                                "options": options or []}
        if resolved:
            data["resolved"] = resolved
        return await self.interact(self._base(2, user, locale, guild, manage, data=data))

    async def press(self, custom_id: str, user: int = 1, locale: str = "en-US",
                    guild: bool = True, ephemeral: bool = False) -> str:
        base = self._base(3, user, locale, guild, False, data={"custom_id": custom_id,
                                                                "component_type": 2})
        base["message"] = {
            "id": str(next(self._ids)), "channel_id": base["channel_id"], "author": BOT_USER,
            "content": "…", "timestamp": "2024-01-01T00:00:00+00:00", "edited_timestamp": None,
            "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [],
            "attachments": [], "embeds": [], "pinned": False, "type": 0,
            "flags": 64 if ephemeral else 0, "components": []}
        return await self.interact(base)

    async def submit(self, value: str, user: int = 1, locale: str = "en-US",
                     guild: bool = True) -> str:
        data = {"custom_id": "dc:modal", "components": [
            {"type": 1, "components": [{"type": 4, "custom_id": "answer", "value": value}]}]}
        return await self.interact(self._base(5, user, locale, guild, False, data=data))

    # ---- what the bot does -----------------------------------------------------------------

    def answers(self, iid: str) -> list[Any]:
        """Everything the bot sent for one interaction: callback first, then follow-ups."""
        found = []
        for call in self.calls:
            if f"/interactions/{iid}/" in call.path:
                found.append(call.body)
            elif f"/webhooks/{APP}/tok{iid}" in call.path and call.method == "POST":
                found.append({"type": "followup", "data": call.body})
        return found

    async def wait_answers(self, iid: str, count: int = 1, timeout: float = 20) -> list[Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.answers(iid)
            if len(found) >= count:
                return found
            await asyncio.sleep(0.02)
        raise AssertionError(f"interaction {iid}: {self.answers(iid)}")

    async def rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["path"]
        body: Any = None
        if request.content_type == "application/json":
            body = await request.json()
        elif request.content_type.startswith("multipart/"):
            form = await request.post()
            body = json.loads(str(form.get("payload_json", "{}")))
            body["files"] = [k for k in form if k != "payload_json"]
        self.calls.append(Call(request.method, path, body))
        bot_route = not path.startswith(("/interactions/", "/webhooks/"))
        if self.token and bot_route and request.headers.get("Authorization") != \
                f"Bot {self.token}":
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
        if path == f"/applications/{APP}/commands" and request.method == "PUT":
            return _json([{**c, "id": str(next(self._ids)), "application_id": APP,
                           "version": "1"} for c in body])
        if path.startswith("/interactions/") and path.endswith("/callback"):
            iid = path.split("/")[2]
            why = invalid((body or {}).get("data"))
            if why:
                return _refused(why)
            return _json({"interaction": {"id": iid, "type": 2}})
        if request.method in ("POST", "PATCH") and invalid(body):
            return _refused(str(invalid(body)))
        if path.startswith("/users/") and request.method == "GET":
            uid = path.split("/")[2]
            return _json({"id": uid, "username": f"u{uid}", "discriminator": "0",
                          "avatar": None, "global_name": None})
        if path == "/users/@me/channels" and request.method == "POST":
            channel = str(next(self._ids))
            self.dm_of[channel] = str(body["recipient_id"])
            return _json({"id": channel, "type": 1, "recipients": [
                {"id": body["recipient_id"], "username": "x", "discriminator": "0",
                 "avatar": None}]})
        if path.startswith("/channels/") and request.method == "GET":
            cid = path.split("/")[2]
            return _json({"id": cid, "type": 0, "guild_id": GUILD, "name": f"c{cid}",
                          "position": 0, "permission_overwrites": [], "nsfw": False})
        if path.startswith("/channels/") and path.endswith("/messages"):
            channel = path.split("/")[2]
            target = self.dm_of.get(channel, channel)
            planned = self.failures.get(target)
            if target in self.blocked:
                self.calls[-1].body = {**(body or {}), "failed": 403}
                return _json({"message": "Cannot send messages to this user", "code": 50007},
                             status=403)
            if planned:
                status = planned.pop(0)
                self.calls[-1].body = {**(body or {}), "failed": status}
                if status == 429:
                    return _json({"message": "You are being rate limited.", "retry_after": 0.2,
                                  "global": False}, status=429)
                return _json({"message": "Server error", "code": 0}, status=status)
            self.calls[-1].body = {**(body or {}), "target": target}
            return _json(self._message(body))
        if path.startswith(("/webhooks/", "/channels/")):
            return _json(self._message(body))
        return _json({"message": "Unknown route", "code": 0}, status=404)

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
