"""A fake Discord on 127.0.0.1: a gateway websocket that dispatches what users do, over the
REST routes of `fake_discord_rest`, for the real discord.py."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from typing import Any

from aiohttp import WSMsgType, web

from tests.adapters.fake_discord_rest import APP, BOT_USER, CHANNEL, GUILD, DiscordRest, Pending

ANNOUNCE = "810000000000000002"
MANAGE_GUILD = 1 << 5


class FakeDiscord(DiscordRest):
    def __init__(self, token: str | None = None) -> None:
        super().__init__(token)
        self.sockets: list[web.WebSocketResponse] = []
        self.identified = asyncio.Event()
        self._seq = itertools.count(1)

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/", self.gateway)
        super().routes(app)

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
        person = data.get("user") or data.get("member", {}).get("user", {})
        self.interactions[str(data["token"])] = Pending(str(data["id"]), self.clock(),
                                                        user=str(person.get("id", "")))
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
        """The user fills in and submits the modal the bot opened for them (Discord sends
        that modal's custom_id back); with none open, a person could not submit anything."""
        custom_id = self.modals.pop(str(user), None)
        if custom_id is None:
            raise AssertionError(f"no modal is open for user {user}")
        data = {"custom_id": custom_id, "components": [
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
