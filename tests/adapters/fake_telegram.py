"""A fake Telegram Bot API server on 127.0.0.1: real HTTP, realistic JSON, recorded calls."""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import math
import re
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

from tests.adapters.fake_limits import TokenBucket
from tests.adapters.loopback import Loopback
from tests.adapters.telegram_rules import refusal

# Telegram's FAQ: "When sending messages inside a particular chat, avoid sending more than one
# message per second. We may allow short bursts that go over this limit, but eventually you'll
# begin receiving 429 errors." The burst is not published; five at once, then one a second, lets
# a reply split into a few messages through (as Telegram does) and refuses a flood to one chat.
CHAT_BURST = 5
CHAT_PER_SECOND = 1.0
SENDS = ("sendMessage", "sendPhoto")

BOT = {"id": 4242, "is_bot": True, "first_name": "Participate", "username": "participate_bot"}


PAID_PER_SECOND = 1000  # allow_paid_broadcast: "up to 1000 messages per second", for a fee


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


class FakeTelegram(Loopback):
    def __init__(self, token: str = "123:TEST") -> None:
        super().__init__()
        self.token = token
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.failures: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        self.admins: set[tuple[int, int]] = set()  # (chat_id, user_id)
        self.blocked: set[int] = set()  # chats whose sends answer 403
        self.chat_failures: dict[int, list[tuple[int, dict[str, Any]]]] = {}  # per chat, once
        self.per_second: int | None = None  # enforce Telegram's overall limit with 429s
        self.per_chat = TokenBucket(CHAT_BURST, CHAT_PER_SECOND)  # every chat, groups too
        self.too_many = 0  # 429s answered by the limits above (not the planned `failures`)
        self._shown: dict[tuple[str, str], tuple[Any, str]] = {}  # what each message shows
        self._group_sends: dict[int, list[float]] = {}
        self._accepted: deque[float] = deque()
        self._paid: deque[float] = deque()  # paid broadcasts in the last second
        self._new = asyncio.Condition()
        self._polls = 0  # getUpdates calls so far: a newer one ends an older one's wait
        self.confirmed = 0  # updates below this id were confirmed by an offset: gone
        self.conflicts = 0  # 409s: two pollers at once
        self.webhook: tuple[str, str] | None = None  # (url, secret_token) once set
        self.webhook_refused: list[tuple[int, int]] = []  # (update_id, status) not taken
        self.dropped_pending = False  # someone asked to drop pending updates (never should)
        self.handed_out: list[int] = []  # update ids in getUpdates answers, in order
        self._ids = itertools.count(1)
        self._messages = itertools.count(100)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/bot{token}/{method}", self.handle)

    # ---- what users do ---------------------------------------------------------------------

    async def push(self, update: dict[str, Any]) -> None:
        """A new update: for getUpdates, or (a webhook set) POSTed to the webhook with its
        secret header, as Telegram does; refused deliveries are kept in `webhook_refused`."""
        async with self._new:
            numbered = {"update_id": next(self._ids), **update}
            self.updates.append(numbered)
            self._new.notify_all()
        if self.webhook is not None:
            url, secret = self.webhook
            headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
            async with aiohttp.ClientSession() as session, session.post(
                    url, json=numbered, headers=headers) as answer:
                if answer.status != 200:
                    self.webhook_refused.append((numbered["update_id"], answer.status))

    async def say(self, user: int, text: str, lang: str | None = "en", chat: int | None = None,
                  chat_type: str = "private", reply_to: Call | None = None) -> None:
        """A message; `reply_to`: a sendMessage of the bot's it answers (Telegram's reply)."""
        sender = {"id": user, "is_bot": False, "first_name": f"U{user}"}
        if lang:
            sender["language_code"] = lang
        message: dict[str, Any] = {
            "message_id": next(self._messages), "date": int(time.time()), "text": text,
            "from": sender, "chat": {"id": chat or user, "type": chat_type},
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(text.split()[0])}]
        if reply_to is not None:
            if str(reply_to.params.get("chat_id")) != str(chat or user):
                raise AssertionError("a reply answers a message of the same chat")
            message["reply_to_message"] = {
                "message_id": next(self._messages), "date": int(time.time()), "from": BOT,
                "chat": {"id": chat or user, "type": chat_type},
                "text": html.unescape(re.sub(r"<[^>]+>", "", str(reply_to.params["text"])))}
            markup = reply_to.params.get("reply_markup")
            if markup:  # Telegram sends the replied message whole, its keyboard too
                message["reply_to_message"]["reply_markup"] = \
                    json.loads(markup) if isinstance(markup, str) else markup
        await self.push({"message": message})

    async def press(self, user: int, data: str, message_id: int, lang: str | None = "en",
                    chat: int | None = None, chat_type: str = "private") -> None:
        sender = {"id": user, "is_bot": False, "first_name": f"U{user}"}
        if lang:
            sender["language_code"] = lang
        await self.push({"callback_query": {
            "id": f"cq{next(self._ids)}", "chat_instance": "ci", "from": sender, "data": data,
            "message": {"message_id": message_id, "date": int(time.time()),
                        "chat": {"id": chat or user, "type": chat_type}, "text": "…"},
        }})

    # ---- what the bot does -----------------------------------------------------------------

    def sent(self, method: str = "sendMessage", chat: int | None = None) -> list[Call]:
        return [c for c in self.calls if c.method == method
                and (chat is None or str(c.params.get("chat_id")) == str(chat))]

    def calls_of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def delivered(self) -> dict[int, int]:
        """Messages that really arrived, per chat (refused tries not counted)."""
        counts: dict[int, int] = {}
        for call in self.sent():
            if "failed" not in call.params and int(call.params["chat_id"]) not in self.blocked:
                chat = int(call.params["chat_id"])
                counts[chat] = counts.get(chat, 0) + 1
        return counts

    async def wait_for(self, count: int, method: str = "sendMessage", chat: int | None = None,
                       timeout: float = 20.0) -> list[Call]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.sent(method, chat)
            if len(found) >= count:
                return found
            await asyncio.sleep(0.02)
        raise AssertionError(f"{method} to {chat}: {len(self.sent(method, chat))} of {count}: "
                             f"{[c.params.get('text') for c in self.sent(method, chat)]}")

    async def handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        form = await request.post()
        params: dict[str, Any] = {}
        for name, value in form.items():
            if isinstance(value, str):
                params[name] = json.loads(value) if value[:1] in "{[" else value
            elif isinstance(value, web.FileField):
                params[name] = value.file.read()  # an uploaded file (a photo)
        self.calls.append(Call(method, params))
        planned = self.failures.get(method)
        if planned:
            status, body = planned.pop(0)
            return web.json_response(body, status=status)
        if method == "getUpdates":
            if self.webhook is not None:
                return _error(409, "Conflict: can't use getUpdates method while webhook is "
                                   "active; use deleteWebhook to delete the webhook first")
            return await self._get_updates(params, request)
        if method == "setWebhook":
            url, secret = str(params.get("url", "")), str(params.get("secret_token", ""))
            if not url.startswith(("https://", "http://127.0.0.1")):  # loopback: tests only
                return _error(400, "Bad Request: bad webhook: An HTTPS URL must be provided "
                                   "for webhook")
            if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
                return _error(400, "Bad Request: secret token contains unallowed characters")
            if str(params.get("drop_pending_updates")).lower() == "true":
                self.dropped_pending = True
            self.webhook = (url, secret)
            return web.json_response({"ok": True, "result": True,
                                      "description": "Webhook was set"})
        if method == "deleteWebhook":
            if str(params.get("drop_pending_updates")).lower() == "true":
                self.dropped_pending = True
            self.webhook = None
            return web.json_response({"ok": True, "result": True})
        chat = params.get("chat_id")
        refused = refusal(method, params)
        if refused:
            self.calls[-1].params["failed"] = 400
            return _error(400, refused)
        if method == "editMessageText":
            key = (str(chat), str(params.get("message_id")))
            now_shown = (params.get("text"), json.dumps(params.get("reply_markup")))
            if self._shown.get(key) == now_shown:
                self.calls[-1].params["failed"] = 400
                return _error(400, "Bad Request: message is not modified: specified new message "
                                   "content and reply markup are exactly the same as a current "
                                   "content and reply markup of the message")
            self._shown[key] = now_shown
        sends = method in SENDS
        if sends and chat is not None:
            limited = self._limited(int(chat), str(params.get("allow_paid_broadcast")) in (
                "True", "true", "1"))
            if limited is not None:
                return limited
        if sends and chat is not None and int(chat) in self.blocked:
            return _error(403, "Forbidden: bot was blocked by the user")
        if sends and chat is not None and self.chat_failures.get(int(chat)):
            status, body = self.chat_failures[int(chat)].pop(0)
            self.calls[-1].params["failed"] = status
            return web.json_response(body, status=status)
        result = self._result(method, params)
        if sends:
            self._shown[(str(chat), str(result["message_id"]))] = (
                params.get("text"), json.dumps(params.get("reply_markup")))
        return web.json_response({"ok": True, "result": result})

    def _limited(self, chat: int, paid: bool = False) -> web.Response | None:
        """A 429 when a message to `chat` would break a limit, else None (and the message is
        counted in each): one a second to a chat after a short burst, 20 a minute to a group,
        and `per_second` overall when set; a paid broadcast (allow_paid_broadcast) counts
        in its own limit of PAID_PER_SECOND instead of the overall one."""
        wait = self.per_chat.wait(chat)
        now = time.monotonic()
        recent = [t for t in self._group_sends.get(chat, []) if now - t < 60]
        if chat < 0 and len(recent) >= 20:
            wait = max(wait, 60 - (now - recent[0]))
        accepted = self._paid if paid else self._accepted
        limit = PAID_PER_SECOND if paid else self.per_second
        while accepted and now - accepted[0] >= 1.0:
            accepted.popleft()
        if limit is not None and len(accepted) >= limit:
            wait = max(wait, 1.0)
        if wait > 0:
            return self._too_many(max(1, math.ceil(wait)))
        self.per_chat.take(chat)
        if chat < 0:
            self._group_sends[chat] = [*recent, now]
        if limit is not None:
            accepted.append(now)
        return None

    def _too_many(self, retry_after: int) -> web.Response:
        self.calls[-1].params["failed"] = 429
        self.too_many += 1
        status, body = too_many_requests(retry_after)
        return web.json_response(body, status=status)

    async def _get_updates(self, params: dict[str, Any], request: web.Request) -> web.Response:
        """As the Bot API: an offset confirms every update below it (they are gone for good);
        a second poller ends the first one's wait with 409 Conflict."""
        offset = int(params.get("offset", 0))
        timeout = min(float(params.get("timeout", 0)), 0.5)
        self._polls += 1
        mine = self._polls
        async with self._new:
            self.confirmed = max(self.confirmed, offset)
            self._new.notify_all()  # an older poll still waiting learns it was superseded
            if not self._ready() and timeout:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._new.wait_for(
                        lambda: bool(self._ready()) or self._polls != mine), timeout)
            if self._polls != mine:
                if request.transport is not None and not request.transport.is_closing():
                    self.conflicts += 1  # a live poller was cut off (not one that died)
                return web.json_response({
                    "ok": False, "error_code": 409, "description": "Conflict: terminated by "
                    "other getUpdates request; make sure that only one bot instance is running"},
                    status=409)
            ready = self._ready()
        self.handed_out += [u["update_id"] for u in ready]
        return web.json_response({"ok": True, "result": ready})

    def _ready(self) -> list[dict[str, Any]]:
        return [u for u in self.updates if u["update_id"] >= self.confirmed]

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT
        if method in ("sendMessage", "sendPhoto", "editMessageText"):
            chat_id = int(params.get("chat_id") or 0)
            message_id = int(params.get("message_id") or next(self._messages))
            return {"message_id": message_id, "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
                    "text": params.get("text", "")}
        if method == "getChatMember":
            chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
            status = "administrator" if (chat_id, user_id) in self.admins else "member"
            member: dict[str, Any] = {"status": status,
                                      "user": {"id": user_id, "is_bot": False, "first_name": "U"}}
            if status == "administrator":
                member.update(can_be_edited=False, is_anonymous=False, can_manage_chat=True,
                              can_delete_messages=False, can_manage_video_chats=False,
                              can_restrict_members=False, can_promote_members=False,
                              can_change_info=True, can_invite_users=True, can_post_stories=False,
                              can_edit_stories=False, can_delete_stories=False)
            return member
        return True  # deleteWebhook, setMyCommands, answerCallbackQuery


def _error(status: int, description: str, **parameters: Any) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


def too_many_requests(retry_after: int = 1) -> tuple[int, dict[str, Any]]:
    return 429, {"ok": False, "error_code": 429,
                 "description": f"Too Many Requests: retry after {retry_after}",
                 "parameters": {"retry_after": retry_after}}


def server_error() -> tuple[int, dict[str, Any]]:
    return 500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}
