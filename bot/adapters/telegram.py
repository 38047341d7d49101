"""Telegram through python-telegram-bot's Application: updates in, rendered replies out.

Long polling, driven by hand (initialize, start, start_polling) so that it shares one asyncio
loop with the other adapters. Text goes out in HTML parse mode with everything escaped; replies
longer than a message are split at paragraphs; a button press edits the message it was on when
the answer carries buttons of its own (flows, menus), and an expired button is answered in the
callback's own notice.
"""

from __future__ import annotations

import html
import logging
import os
from collections.abc import Awaitable, Callable
from datetime import timedelta

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatMemberStatus, ChatType, MessageEntityType, ParseMode
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

from bot import actions
from bot.broadcast import SENT, Outcome
from bot.commands import BY_NAME, for_platform
from bot.core import Answer, Core
from bot.languages import DEFAULT, LOCALES
from bot.pacing import Budget
from bot.supervise import StartFailed
from bot.text import split_text, utf16_length
from bot.types import ActionKind, Incoming, Rendered
from storage import Delivery

PLATFORM = "telegram"
MAX_TEXT = 4000  # Telegram allows 4096 UTF-16 units after entity parsing; keep a margin
MAX_CAPTION = 1000  # of 1024
# setMyCommands takes ISO 639-1 codes only: one list for Portuguese, one for Chinese.
COMMAND_LANGUAGES = {code: code.split("-")[0] for code in LOCALES if code not in ("en", "pt-BR")}
log = logging.getLogger(__name__)
Deliver = Callable[[Rendered], Awaitable[None]]


class TelegramAdapter:
    platform = PLATFORM

    def __init__(self, core: Core, token: str, api_url: str, deliver: Deliver,
                 per_second: float = 30.0) -> None:
        # Opt in to RetryAfter.retry_after as a timedelta (PTB 22.2+); otherwise every 429
        # raises a PTBDeprecationWarning inside the rate limiter.
        os.environ.setdefault("PTB_TIMEDELTA", "1")
        self.core = core
        self.deliver = deliver
        self.api_url = api_url  # without the token, which PTB appends
        # Telegram allows about 30 messages a second in all: replies go first, broadcasts get
        # the rest minus one message kept free for the next reply.
        self.budget = Budget(per_second, headroom=1.0)
        self.app: Application = (  # type: ignore[type-arg]
            ApplicationBuilder().token(token).base_url(api_url).base_file_url(file_url(api_url))
            # Our Budget paces every message (replies first, then broadcasts); a second overall
            # limiter in series would only slow both. PTB keeps the 20-a-minute group limit and
            # retries a 429 after its retry_after.
            .rate_limiter(AIORateLimiter(overall_max_rate=0, max_retries=3))
            .concurrent_updates(16).build()
        )
        self.app.add_handler(MessageHandler(filters.UpdateType.MESSAGE, self.on_message))
        self.app.add_handler(CallbackQueryHandler(self.on_button))
        self.app.add_handler(
            ChatMemberHandler(self.on_membership, ChatMemberHandler.MY_CHAT_MEMBER))
        self.app.add_handler(TypeHandler(Update, self.on_other), group=1)
        self.app.add_error_handler(self.on_error)

    async def start(self) -> None:
        try:
            await self.app.initialize()
            await self.register_commands()
        except InvalidToken:
            raise StartFailed(PLATFORM, "the Bot API rejected TELEGRAM_TOKEN; copy it again "
                                        "from @BotFather") from None
        except (NetworkError, TelegramError) as error:
            raise StartFailed(PLATFORM, f"cannot reach the Bot API at {self.api_url} "
                                        f"({type(error).__name__}: {error})") from None
        await self.app.start()
        assert self.app.updater is not None
        await self.app.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        log.info("telegram: polling as @%s", self.app.bot.username)

    async def stop(self) -> None:
        if self.app.updater is not None and self.app.updater.running:
            await self.app.updater.stop()
        if self.app.running:
            await self.app.stop()
        await self.app.shutdown()

    async def register_commands(self) -> None:
        """The command list, per language, separately for private chats and for groups."""
        i18n = self.core.services.i18n
        commands = for_platform(PLATFORM)
        for scope, private in ((BotCommandScopeAllPrivateChats(), True),
                               (BotCommandScopeAllGroupChats(), False)):
            shown = [c for c in commands if private or not c.private_only]
            for locale, code in [(DEFAULT, None), *COMMAND_LANGUAGES.items()]:
                await self.budget.reply()
                await self.app.bot.set_my_commands(
                    [BotCommand(c.name, i18n.format(locale, c.description)[:256]) for c in shown],
                    scope=scope, language_code=code)

    # ---- updates in -------------------------------------------------------------------------

    async def on_message(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        message, user = update.message, update.effective_user
        if message is None or user is None or user.is_bot:
            return
        private = message.chat.type == ChatType.PRIVATE
        text = message.text
        command = self._command_for_us(message)
        if not private and command is None:
            return  # ordinary chatter in a group, stickers, other bots' commands
        admin = not private and command in BY_NAME and BY_NAME[command].group_admin and \
            await self._is_admin(message, user.id)
        incoming = Incoming(PLATFORM, str(message.chat.id), str(user.id), text=text,
                            locale_tag=user.language_code, private=private, chat_admin=admin)
        await self.send_all(message.chat.id, await self._answer(incoming))

    async def on_button(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        message = query.message if isinstance(query.message, Message) else None
        chat_id = message.chat.id if message else query.from_user.id
        private = message is None or message.chat.type == ChatType.PRIVATE
        admin = not private and message is not None and await self._is_admin(
            message, query.from_user.id) and _kind(query.data) is ActionKind.LANGUAGE
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
        try:
            if reply.image is not None:
                await self.budget.reply()
                fits = utf16_length(reply.text) <= MAX_CAPTION
                await self.app.bot.send_photo(chat_id, reply.image,
                                              caption=_escape(reply.text) if fits else None,
                                              parse_mode=ParseMode.HTML)
                if fits:
                    return
            parts = split_text(reply.text, MAX_TEXT, utf16_length)
            for number, part in enumerate(parts, 1):
                await self.budget.reply()
                markup = self.keyboard(reply) if number == len(parts) else None
                await self.app.bot.send_message(
                    chat_id, _escape(part), parse_mode=ParseMode.HTML, reply_markup=markup,
                    link_preview_options=LinkPreviewOptions(is_disabled=True))
        except Forbidden:
            await self.core.services.store.set_reachable(PLATFORM, str(chat_id), False)
            log.info("telegram: chat %s blocked the bot; marked unreachable", chat_id)
        except BadRequest as error:
            if "chat not found" in str(error).lower():
                await self.core.services.store.set_reachable(PLATFORM, str(chat_id), False)
            else:
                log.error("telegram: message refused: %s", error)

    async def broadcast(self, delivery: Delivery) -> Outcome:
        """One queued message to a user or group, and what Telegram said to it."""
        try:
            for part in split_text(delivery.body, MAX_TEXT, utf16_length):
                await self.app.bot.send_message(
                    int(delivery.chat_id), _escape(part), parse_mode=ParseMode.HTML,
                    link_preview_options=LinkPreviewOptions(is_disabled=True))
        except RetryAfter as error:
            wait = error.retry_after
            seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            return Outcome("retry", "429 too many requests", retry_after=seconds)
        except Forbidden as error:
            return Outcome("blocked", str(error)[:200])
        except BadRequest as error:
            kind = "blocked" if "chat not found" in str(error).lower() else "failed"
            return Outcome(kind, str(error)[:200])
        except (TimedOut, NetworkError) as error:
            return Outcome("retry", f"{type(error).__name__}: {str(error)[:150]}")
        return SENT

    async def _edit(self, message: Message, reply: Rendered) -> bool:
        try:
            await self.budget.reply()
            await message.edit_text(_escape(reply.text), parse_mode=ParseMode.HTML,
                                    reply_markup=self.keyboard(reply),
                                    link_preview_options=LinkPreviewOptions(is_disabled=True))
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
        if not reply.buttons:
            return None
        return InlineKeyboardMarkup([[self._button(label, data) for label, data in row]
                                     for row in reply.buttons])

    def _button(self, label: str, data: str) -> InlineKeyboardButton:
        action = actions.decode(data)
        if action.kind is ActionKind.PRIVATE:  # a deep link into the private chat
            url = f"https://t.me/{self.app.bot.username}"
            link = f"{url}?start={action.arg}" if action.arg else url
            return InlineKeyboardButton(label, url=link)
        return InlineKeyboardButton(label, callback_data=data)

    # ---- helpers ----------------------------------------------------------------------------

    def _command_for_us(self, message: Message) -> str | None:
        """The command's name if the message starts with one meant for this bot."""
        entities = message.entities or ()
        if not message.text or not entities or entities[0].type != MessageEntityType.BOT_COMMAND \
                or entities[0].offset != 0:
            return None
        name, _, target = message.text[1 : entities[0].length].partition("@")
        if target and target.lower() != (self.app.bot.username or "").lower():
            return None
        return name.lower()

    async def _is_admin(self, message: Message, user_id: int) -> bool:
        try:
            member = await self.app.bot.get_chat_member(message.chat.id, user_id)
        except TelegramError as error:
            log.info("telegram: could not check admin rights: %s", error)
            return False
        return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


def file_url(api_url: str) -> str:
    """Files live beside the methods: …/bot<token> has its files at …/file/bot<token>."""
    head, sep, tail = api_url.rpartition("/bot")
    return f"{head}/file/bot{tail}" if sep else api_url


def _kind(data: str | None) -> ActionKind | None:
    try:
        return actions.decode(data or "").kind
    except actions.InvalidAction:
        return None


def _escape(text: str) -> str:
    """Everything is text: translators' and users' <, > and & never become markup."""
    return html.escape(text, quote=False)
