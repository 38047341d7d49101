"""Telegram through python-telegram-bot's Application: updates in, rendered replies out.

The Application is driven by hand (initialize, start) so that it shares one asyncio loop with
the other adapters; updates come from our own long polling (telegram_polling.py: nothing lost
or repeated across restarts, one poller among several processes). Text goes out in HTML
parse mode with everything escaped; replies longer than a message are split at paragraphs; a
button press edits the message it was on when the answer carries buttons of its own (flows,
menus), and an expired button is answered in the callback's own notice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from telegram import CallbackQuery, InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.adapters.telegram_polling import Leader, Poller, poll
from bot.adapters.telegram_webhook import Webhook, set_webhook, webhook_secret
from bot.adapters.telegram_widgets import (
    PLATFORM,
    command_for,
    escape,
    file_url,
    keyboard,
    kind,
    register_commands,
    seconds,
)
from bot.broadcast import SENT, Outcome
from bot.commands import BY_NAME
from bot.core import Answer, Core
from bot.pacing import Budget, Pacer
from bot.relay import decode_buttons
from bot.supervise import StartFailed
from bot.text import split_text, utf16_length
from bot.turns import LocalTurns, Turns
from bot.types import ActionKind, Incoming, Rendered
from storage import Delivery

MAX_TEXT = 4000  # Telegram allows 4096 UTF-16 units after entity parsing; keep a margin
MAX_CAPTION = 1000  # of 1024
REPLY_TRIES = 3  # a reply refused with 429 waits the pause out, then goes again
LONGEST_REPLY_WAIT = 30.0  # seconds; past that the person has given up on this answer
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
log = logging.getLogger(__name__)
Deliver = Callable[[Rendered], Awaitable[None]]


def _ours_to_say(record: logging.LogRecord) -> bool:
    """PTB's rate limiter logs every 429 it passes on (we ask it to pass each one on) as an
    error with a traceback; the worker or the reply logs it in one line instead."""
    return not str(record.msg).startswith("Rate limit hit after maximum of")


class TelegramAdapter:
    platform = PLATFORM

    def __init__(self, core: Core, token: str, api_url: str, deliver: Deliver,
                 per_second: float = 30.0, budget: Pacer | None = None,
                 leader: Leader | None = None, paid: Pacer | None = None,
                 webhook: str | None = None, turns: Turns | None = None) -> None:
        # Opt in to RetryAfter.retry_after as a timedelta (PTB 22.2+); otherwise every 429
        # raises a PTBDeprecationWarning inside the rate limiter.
        os.environ.setdefault("PTB_TIMEDELTA", "1")
        logging.getLogger("telegram.ext.AIORateLimiter").addFilter(_ours_to_say)  # once
        self.core = core
        self.deliver = deliver
        self.api_url = api_url  # without the token, which PTB appends
        # Telegram allows about 30 messages a second in all: replies go first, broadcasts get
        # the rest minus one message kept free for the next reply.
        self.budget: Pacer = budget or Budget(per_second, headroom=1.0)
        self.leader = leader  # several processes: only the lease holder polls
        self.webhook = webhook  # set: Telegram POSTs updates there (telegram_webhook.py)
        # Announcements as paid broadcasts (TELEGRAM_PAID_BROADCAST): up to 1,000 a second,
        # outside the 30 a second, for a fee per message; their own budget.
        self.paid = paid is not None
        self.broadcast_budget: Pacer = paid or self.budget
        self._stop = asyncio.Event()
        self._poll_task: asyncio.Task[None] | None = None
        self.app: Application = (  # type: ignore[type-arg]
            ApplicationBuilder().token(token).base_url(api_url).base_file_url(file_url(api_url))
            # Our Budget paces every message (replies first, then broadcasts); a second overall
            # limiter in series would only slow both. PTB keeps the 20-a-minute group limit; a
            # 429 reaches us (no retries there): the Budget pauses every send for retry_after.
            .rate_limiter(AIORateLimiter(overall_max_rate=0, max_retries=0))
            .concurrent_updates(16).updater(None).build()
        )
        self.app.add_handler(MessageHandler(filters.UpdateType.MESSAGE, self.on_message))
        self.app.add_handler(CallbackQueryHandler(self.on_button))
        self.app.add_handler(
            ChatMemberHandler(self.on_membership, ChatMemberHandler.MY_CHAT_MEMBER))
        self.app.add_handler(TypeHandler(Update, self.on_other), group=1)
        self.app.add_error_handler(self.on_error)
        self.hook = Webhook(self.app, lambda: webhook_secret(core.services.secret,
                                                             self.app.bot.id),
                            turns or LocalTurns())

    async def start(self) -> None:
        try:
            await self.app.initialize()
            await register_commands(self.app.bot, self.core.services.i18n, self.budget)
        except InvalidToken:
            raise StartFailed(PLATFORM, "the Bot API rejected TELEGRAM_TOKEN; copy it again "
                                        "from @BotFather") from None
        except (NetworkError, TelegramError) as error:
            raise StartFailed(PLATFORM, f"cannot reach the Bot API at {self.api_url} "
                                        f"({type(error).__name__}: {error})") from None
        await self.app.start()
        self._stop.clear()
        if self.webhook:
            await set_webhook(self.app.bot, self.webhook, self.hook.secret())
            log.info("telegram: updates come to the webhook %s", self.webhook)
            return
        self._poll_task = asyncio.create_task(self._poll(), name="telegram-poller")

    async def _poll(self) -> None:
        await poll(self.app, self.core.services.store, self._stop, self.leader)

    async def on_webhook(self, request: web.Request) -> web.Response:
        return await self.hook.take(request)

    async def stop(self) -> None:
        self._stop.set()
        await self.hook.drain(Poller.SETTLE_WITHIN)
        if self._poll_task is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._poll_task, Poller.SETTLE_WITHIN + 1)
        if self.app.running:
            await self.app.stop()
        await self.app.shutdown()

    # ---- updates in -------------------------------------------------------------------------

    async def on_message(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        message, user = update.message, update.effective_user
        if message is None or user is None or user.is_bot:
            return
        private = message.chat.type == ChatType.PRIVATE
        text = message.text
        command = command_for(message, self.app.bot.username)
        if not private and command is None:
            return  # ordinary chatter in a group, stickers, other bots' commands
        admin = not private and command in BY_NAME and BY_NAME[command].group_admin and \
            await self._is_admin(message, user.id)
        # A reply to one of our messages (a ticket's): its buttons tell the core which.
        answered = message.reply_to_message
        replied: tuple[str, ...] = ()
        if answered is not None and answered.from_user is not None \
                and answered.from_user.id == self.app.bot.id and answered.reply_markup:
            replied = tuple(b.callback_data for row in answered.reply_markup.inline_keyboard
                            for b in row if isinstance(b.callback_data, str))
        incoming = Incoming(PLATFORM, str(message.chat.id), str(user.id), text=text,
                            locale_tag=user.language_code, private=private, chat_admin=admin,
                            replied=replied)
        await self.send_all(message.chat.id, await self._answer(incoming))

    async def on_button(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        message = query.message if isinstance(query.message, Message) else None
        chat_id = message.chat.id if message else query.from_user.id
        private = message is None or message.chat.type == ChatType.PRIVATE
        admin = not private and message is not None and await self._is_admin(
            message, query.from_user.id) and kind(query.data) is ActionKind.LANGUAGE
        incoming = Incoming(PLATFORM, str(chat_id), str(query.from_user.id), action=query.data,
                            locale_tag=query.from_user.language_code, private=private,
                            chat_admin=admin)
        answer = await self.core.respond(incoming)
        if answer.expired:  # shown as the button's own notice, not as a message
            await query.answer(answer.mine[0].text[:200], show_alert=True)
            return
        await query.answer()
        await self.send_all(chat_id, await self._deliver_others(answer), edit=(query, message))

    async def on_membership(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        """A user who blocks the bot is unreachable until they start it again."""
        member = update.my_chat_member
        if member is None or member.chat.type != ChatType.PRIVATE:
            return
        status = member.new_chat_member.status
        reachable = status not in (ChatMemberStatus.BANNED, ChatMemberStatus.LEFT)
        await self.core.services.store.set_reachable(PLATFORM, str(member.from_user.id), reachable)
        log.info("telegram: a user %s the bot", "allowed" if reachable else "blocked")

    async def on_other(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        """Edited messages, channel posts, polls …: nothing to answer."""
        if update.message is None and update.callback_query is None and not update.my_chat_member:
            log.debug("telegram: ignored an update of another kind")

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("telegram: %s while handling an update", type(context.error).__name__,
                  exc_info=context.error)

    # ---- replies out ------------------------------------------------------------------------

    async def _answer(self, incoming: Incoming) -> list[Rendered]:
        return await self._deliver_others(await self.core.respond(incoming))

    async def _deliver_others(self, answer: Answer) -> list[Rendered]:
        """Notices for other people go out first; returns what the sender gets."""
        for reply in answer.others:
            await self.deliver(reply)
        return answer.mine

    async def send_all(
        self, chat_id: int, replies: list[Rendered],
        edit: tuple[CallbackQuery, Message | None] | None = None,
    ) -> None:
        for index, reply in enumerate(replies):
            if index == 0 and edit and edit[1] and reply.buttons and not reply.image \
                    and utf16_length(reply.text) <= MAX_TEXT and await self._edit(edit[1], reply):
                continue
            await self.send(chat_id, reply)

    async def send(self, chat_id: int | str, reply: Rendered) -> None:
        """One reply: a photo with its caption, or text split at paragraphs; buttons last."""
        bot = self.app.bot
        try:
            if reply.image is not None:
                fits = utf16_length(reply.text) <= MAX_CAPTION
                await self._call(bot.send_photo, chat_id, reply.image, parse_mode=ParseMode.HTML,
                                 caption=escape(reply.text) if fits else None)
                if fits:
                    return
            parts = split_text(reply.text, MAX_TEXT, utf16_length)
            for number, part in enumerate(parts, 1):
                markup = self.keyboard(reply) if number == len(parts) else None
                await self._call(bot.send_message, chat_id, escape(part), reply_markup=markup,
                                 parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW)
        except RetryAfter as error:
            log.warning("telegram: a reply was refused with 429 (retry after %.0f s)",
                        seconds(error))
        except Forbidden:
            await self.core.services.store.set_reachable(PLATFORM, str(chat_id), False)
            log.info("telegram: chat %s blocked the bot; marked unreachable", chat_id)
        except BadRequest as error:
            if "chat not found" in str(error).lower():
                await self.core.services.store.set_reachable(PLATFORM, str(chat_id), False)
            else:
                log.error("telegram: message refused: %s", error)

    async def _call(self, method: Callable[..., Awaitable[Any]], *args: Any,
                    **kwargs: Any) -> Any:
        """A reply's request, first in the budget; a 429 pauses every send (the broadcast
        too) for its retry_after, then the reply goes again."""
        for attempt in range(1, REPLY_TRIES + 1):
            await self.budget.reply()
            try:
                return await method(*args, **kwargs)
            except RetryAfter as error:
                self.budget.pause(seconds(error))
                if attempt == REPLY_TRIES or seconds(error) > LONGEST_REPLY_WAIT:
                    raise
        return None

    async def broadcast(self, delivery: Delivery) -> Outcome:
        """One queued message to a user or group, and what Telegram said to it."""
        try:
            parts = split_text(delivery.body, MAX_TEXT, utf16_length)
            buttons = decode_buttons(delivery.buttons)
            for number, part in enumerate(parts):
                if number:  # the worker took the first part's slot; each part is a message
                    await self.broadcast_budget.reserve()
                markup = keyboard(Rendered(part, delivery.language, False, buttons),
                                  self.app.bot.username) if number == len(parts) - 1 else None
                await self.app.bot.send_message(
                    int(delivery.chat_id), escape(part), parse_mode=ParseMode.HTML,
                    link_preview_options=NO_PREVIEW, allow_paid_broadcast=self.paid or None,
                    reply_markup=markup)
        except RetryAfter as error:
            return Outcome("retry", "429 too many requests", retry_after=seconds(error))
        except Forbidden as error:
            return Outcome("blocked", str(error)[:200])
        except BadRequest as error:
            gone = "chat not found" in str(error).lower()
            return Outcome("blocked" if gone else "failed", str(error)[:200])
        except (TimedOut, NetworkError) as error:
            return Outcome("retry", f"{type(error).__name__}: {str(error)[:150]}")
        return SENT

    async def _edit(self, message: Message, reply: Rendered) -> bool:
        try:
            await self._call(message.edit_text, escape(reply.text), parse_mode=ParseMode.HTML,
                             reply_markup=self.keyboard(reply), link_preview_options=NO_PREVIEW)
        except BadRequest as error:
            if "not modified" in str(error).lower():
                return True
            log.info("telegram: could not edit (%s); sending anew", error)
            return False
        except TelegramError as error:
            log.info("telegram: could not edit (%s); sending anew", error)
            return False
        return True

    def keyboard(self, reply: Rendered) -> InlineKeyboardMarkup | None:
        return keyboard(reply, self.app.bot.username)

    async def _is_admin(self, message: Message, user_id: int) -> bool:
        try:
            member = await self.app.bot.get_chat_member(message.chat.id, user_id)
        except TelegramError as error:
            log.info("telegram: could not check admin rights: %s", error)
            return False
        return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
