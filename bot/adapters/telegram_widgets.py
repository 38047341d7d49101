"""Telegram's side of a reply: escaping, inline keyboards, the command menu per language."""

from __future__ import annotations

import html
from datetime import timedelta

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from telegram.constants import MessageEntityType
from telegram.error import RetryAfter

from bot import actions
from bot.commands import for_platform
from bot.i18n import Translator
from bot.languages import DEFAULT, LOCALES
from bot.pacing import Pacer
from bot.types import ActionKind, Rendered

PLATFORM = "telegram"
# setMyCommands takes ISO 639-1 codes only: one list for Portuguese, one for Chinese.
COMMAND_LANGUAGES = {code: code.split("-")[0] for code in LOCALES if code not in ("en", "pt-BR")}


def keyboard(reply: Rendered, username: str | None) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup([[_button(shown.label, shown.data, username) for shown in row]
                                 for row in reply.buttons])


def _button(label: str, data: str, username: str | None) -> InlineKeyboardButton:
    action = actions.decode(data)
    if action.kind is ActionKind.PRIVATE:  # a deep link into the private chat
        url = f"https://t.me/{username}"
        return InlineKeyboardButton(label, url=f"{url}?start={action.arg}" if action.arg else url)
    return InlineKeyboardButton(label, callback_data=data)


async def register_commands(bot: Bot, i18n: Translator, budget: Pacer) -> None:
    """The command list, per language, separately for private chats and for groups."""
    commands = for_platform(PLATFORM)
    for scope, private in ((BotCommandScopeAllPrivateChats(), True),
                           (BotCommandScopeAllGroupChats(), False)):
        shown = [c for c in commands if private or not c.private_only]
        for locale, code in [(DEFAULT, None), *COMMAND_LANGUAGES.items()]:
            await budget.reply()
            await bot.set_my_commands(
                [BotCommand(c.name, i18n.format(locale, c.description)[:256]) for c in shown],
                scope=scope, language_code=code)


def command_for(message: Message, username: str | None) -> str | None:
    """The command's name if the message starts with one meant for this bot."""
    entities = message.entities or ()
    if not message.text or not entities or entities[0].type != MessageEntityType.BOT_COMMAND \
            or entities[0].offset != 0:
        return None
    name, _, target = message.text[1 : entities[0].length].partition("@")
    if target and target.lower() != (username or "").lower():
        return None
    return name.lower()


def file_url(api_url: str) -> str:
    """Files live beside the methods: …/bot<token> has its files at …/file/bot<token>."""
    head, sep, tail = api_url.rpartition("/bot")
    return f"{head}/file/bot{tail}" if sep else api_url


def kind(data: str | None) -> ActionKind | None:
    try:
        return actions.decode(data or "").kind
    except actions.InvalidAction:
        return None


def escape(text: str) -> str:
    """Everything is text: translators' and users' <, > and & never become markup."""
    return html.escape(text, quote=False)


def seconds(error: RetryAfter) -> float:
    wait = error.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
