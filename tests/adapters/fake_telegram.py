"""A fake Telegram Bot API server on 127.0.0.1: real HTTP, realistic JSON, recorded calls."""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import re
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.adapters.loopback import Loopback

BOT = {"id": 4242, "is_bot": True, "first_name": "Participate", "username": "participate_bot"}


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
        self._shown: dict[tuple[str, str], tuple[Any, str]] = {}  # what each message shows
        self._group_sends: dict[int, list[float]] = {}
        self._accepted: deque[float] = deque()
        self._new = asyncio.Condition()
        self._ids = itertools.count(1)
        self._messages = itertools.count(100)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/bot{token}/{method}", self.handle)

    # ---- what users do ---------------------------------------------------------------------

    async def push(self, update: dict[str, Any]) -> None:
        async with self._new:
            self.updates.append({"update_id": next(self._ids), **update})
            self._new.notify_all()

    async def say(self, user: int, text: str, lang: str | None = "en", chat: int | None = None,
                  chat_type: str = "private") -> None:
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
        for key, value in form.items():
            if isinstance(value, str):
                params[key] = json.loads(value) if value[:1] in "{[" else value
            else:
                params[key] = value.file.read()  # an uploaded file (a photo)
        self.calls.append(Call(method, params))
        planned = self.failures.get(method)
        if planned:
            status, body = planned.pop(0)
            return web.json_response(body, status=status)
        if method == "getUpdates":
            return await self._get_updates(params)
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
        sends = method in ("sendMessage", "sendPhoto")
        if sends and chat is not None and int(chat) < 0:  # groups: 20 messages a minute
            now = time.monotonic()
            recent = [t for t in self._group_sends.get(int(chat), []) if now - t < 60]
            if len(recent) >= 20:
                self.calls[-1].params["failed"] = 429
                wait = max(1, int(60 - (now - recent[0])) + 1)
                return _error(429, f"Too Many Requests: retry after {wait}", retry_after=wait)
            self._group_sends[int(chat)] = [*recent, now]
        if sends and chat is not None and int(chat) in self.blocked:
            return _error(403, "Forbidden: bot was blocked by the user")
        if sends and self.per_second is not None:
            now = time.monotonic()
            while self._accepted and now - self._accepted[0] >= 1.0:
                self._accepted.popleft()
            if len(self._accepted) >= self.per_second:
                self.calls[-1].params["failed"] = 429
                status, body = too_many_requests(1)
                return web.json_response(body, status=status)
            self._accepted.append(now)
        if sends and chat is not None and self.chat_failures.get(int(chat)):
            status, body = self.chat_failures[int(chat)].pop(0)
            self.calls[-1].params["failed"] = status
            return web.json_response(body, status=status)
        result = self._result(method, params)
        if method in ("sendMessage", "sendPhoto"):
            self._shown[(str(chat), str(result["message_id"]))] = (
                params.get("text"), json.dumps(params.get("reply_markup")))
        return web.json_response({"ok": True, "result": result})

    async def _get_updates(self, params: dict[str, Any]) -> web.Response:
        offset = int(params.get("offset", 0))
        timeout = min(float(params.get("timeout", 0)), 0.5)
        async with self._new:
            if not [u for u in self.updates if u["update_id"] >= offset] and timeout:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._new.wait(), timeout)
            ready = [u for u in self.updates if u["update_id"] >= offset]
        return web.json_response({"ok": True, "result": ready})

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


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
         "tg-spoiler", "span", "blockquote", "tg-emoji"}


def parse_html(text: str) -> str:
    """The text the Bot API sees in parse_mode HTML, or ValueError with its description."""
    out, open_tags, at = [], [], 0
    while at < len(text):
        char = text[at]
        if char == "<":
            tag = _TAG.match(text, at)
            if tag is None or tag.group(2).lower() not in _TAGS:
                raise ValueError(f"can't parse entities: Unsupported start tag at byte offset "
                                 f"{len(text[:at].encode())}")
            name = tag.group(2).lower()
            if tag.group(1):
                if not open_tags or open_tags.pop() != name:
                    raise ValueError(f"can't parse entities: Unexpected end tag at byte offset "
                                     f"{len(text[:at].encode())}")
            else:
                open_tags.append(name)
            at = tag.end()
        elif char == "&":
            entity = _ENTITY.match(text, at)
            if entity is None:
                raise ValueError("can't parse entities: Character entity expected at byte "
                                 f"offset {len(text[:at].encode())}")
            out.append(html.unescape(entity.group()))
            at = entity.end()
        else:
            out.append(char)
            at += 1
    if open_tags:
        raise ValueError(f"can't parse entities: Can't find end tag corresponding to start tag "
                         f"{open_tags[-1]}")
    return "".join(out)


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def refusal(method: str, params: dict[str, Any]) -> str | None:
    """What the Bot API answers 400 to (its own description), or None: text and caption
    length after entity parsing, HTML entities, button data of 1-64 bytes."""
    field, limit = ("caption", 1024) if method == "sendPhoto" else ("text", 4096)
    if method in ("sendMessage", "editMessageText", "sendPhoto") and field in params:
        raw = str(params[field])
        try:
            shown = parse_html(raw) if params.get("parse_mode") == "HTML" else raw
        except ValueError as error:
            return f"Bad Request: {error}"
        if method != "sendPhoto" and not shown.strip():
            return "Bad Request: message text is empty"
        if utf16(shown) > limit:
            return f"Bad Request: message {'caption' if field == 'caption' else ''} is too long"\
                .replace("  ", " ")
    markup = params.get("reply_markup")
    if isinstance(markup, dict):
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if not str(button.get("text", "")).strip():
                    return "Bad Request: BUTTON_TEXT_INVALID"
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    return "Bad Request: BUTTON_DATA_INVALID"
    return None


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
