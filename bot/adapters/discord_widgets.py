"""Discord's widgets built from the core's replies: slash commands, button views, modals."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import discord
from discord import app_commands

from bot import actions
from bot.commands import Command
from bot.i18n import Translator
from bot.languages import AUTONYMS, DEFAULT, LOCALES, negotiate
from bot.types import Rendered, Style

ANSWER = "dc:answer:"  # custom_id prefix of the button that opens a text-answer modal
MODAL = "dc:modal:"  # a modal's custom_id: then the data of the button that opened it
STYLES = {Style.PLAIN: discord.ButtonStyle.secondary, Style.PRIMARY: discord.ButtonStyle.primary,
          Style.CONFIRM: discord.ButtonStyle.success, Style.DANGER: discord.ButtonStyle.danger}
T = TypeVar("T")
Run = Callable[[discord.Interaction, str, str], Awaitable[None]]


class FluentTranslator(app_commands.Translator):
    """Command names and descriptions in every Discord locale that maps to one of ours."""

    def __init__(self, i18n: Translator) -> None:
        self.i18n = i18n

    async def translate(self, string: app_commands.locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        msg_id = string.extras.get("id")
        code = negotiate(locale.value)
        if not msg_id or code is None or code == DEFAULT:
            return None
        text = self.i18n.own(code, msg_id)
        if text is None:
            return None
        limit = 32 if context.location.name.endswith("_name") else 100
        return text[:limit]


def slash(command: Command, i18n: Translator, run: Run) -> app_commands.Command[Any, Any, None]:
    """One declared command as a slash command; its options described in every language."""

    def words(msg_id: str) -> app_commands.locale_str:
        return app_commands.locale_str(i18n.format(DEFAULT, msg_id), id=msg_id)

    name = app_commands.locale_str(command.name, id=command.localized_name)
    description = app_commands.locale_str(i18n.format(DEFAULT, command.description)[:100],
                                          id=command.description)
    callback = _callback(command.name, run)
    if command.name == "faq":
        callback = app_commands.describe(question=words("param-question"))(callback)
    elif command.name == "language":
        callback = app_commands.describe(code=words("param-code"))(callback)
    elif command.name == "ask":
        callback = app_commands.describe(question=words("param-question"))(callback)
    elif command.name == "reply":
        callback = app_commands.describe(ticket=words("param-ticket"),
                                         answer=words("param-answer"))(callback)
    elif command.name == "report":
        callback = app_commands.describe(month=words("param-month"))(callback)
    elif command.name == "setup":
        callback = app_commands.describe(language=words("param-server-language"),
                                         channel=words("param-channel"))(callback)
        callback = app_commands.choices(language=[
            app_commands.Choice(name=AUTONYMS[code], value=code) for code in LOCALES])(callback)
        callback = app_commands.guild_only()(callback)
        callback = app_commands.default_permissions(manage_guild=True)(callback)
    return app_commands.Command(name=name, description=description, callback=callback)


def _callback(name: str, run: Run) -> Any:
    if name in ("faq", "ask"):
        async def faq(interaction: discord.Interaction, question: str | None = None) -> None:
            await run(interaction, name, question or "")
        return faq
    if name == "reply":
        async def reply(interaction: discord.Interaction,
                        ticket: app_commands.Range[int, 1, 999_999_999],
                        answer: app_commands.Range[str, 1, 2000]) -> None:
            await run(interaction, name, f"{ticket} {answer}")
        return reply
    if name == "report":
        async def report(interaction: discord.Interaction, month: str | None = None) -> None:
            await run(interaction, name, month or "")
        return report
    if name == "language":
        async def language(interaction: discord.Interaction, code: str | None = None) -> None:
            await run(interaction, name, code or "")
        return language
    if name == "setup":
        async def setup(interaction: discord.Interaction, language: str,
                        channel: discord.TextChannel) -> None:
            await run(interaction, name, f"{language} {channel.id}")
        return setup

    async def plain(interaction: discord.Interaction) -> None:
        await run(interaction, name, "")
    return plain


def views(reply: Rendered, answer_label: str) -> list[discord.ui.View]:
    """The buttons, five to a row and five rows to a message (Discord's limits): more
    buttons make more messages, none is dropped. Buttons that are choices of one kind (topics,
    answers, languages) are packed five to a row; a row of different things about one item
    (a ticket's ✎, Claim and Close; Back and Skip) stays a row of its own, so that no button
    seems to belong to its neighbour. A typed answer gets a button opening a modal."""
    Made = tuple[str, str, discord.ButtonStyle]
    rows: list[list[Made]] = []
    packed: list[Made] = []
    if reply.text_limit:
        packed.append(("✎ " + answer_label, f"{ANSWER}{reply.text_limit}",
                       discord.ButtonStyle.primary))
    for shown in reply.buttons:
        # A button that asks for a text opens the form at once: its data rides in the
        # custom_id (10 + 5 + at most 64 characters, within Discord's 100).
        made = [(label, f"{ANSWER}{typed}:{data}" if typed else data, STYLES[style])
                for label, data, style, typed in shown]
        if len({_kind(button.data) for button in shown}) > 1:
            rows += _chunks(packed)
            packed = []
            rows += _chunks(made)
        else:
            packed += made
    rows += _chunks(packed)
    views = []
    for start in range(0, len(rows), 5):
        view = discord.ui.View(timeout=None)
        for number, row in enumerate(rows[start:start + 5]):
            for label, data, style in row:
                view.add_item(discord.ui.Button(label=label[:80], custom_id=data, row=number,
                                                style=style))
        views.append(view)
    return views


def _chunks(buttons: list[T]) -> list[list[T]]:
    return [buttons[i:i + 5] for i in range(0, len(buttons), 5)]


def _kind(data: str) -> str:
    try:
        return actions.decode(data).kind.value
    except actions.InvalidAction:
        return data


def answer_modal(title: str, limit: int, action: str = "") -> discord.ui.Modal:
    """A typed answer of at most `limit` characters (Discord: title and label up to 45);
    `action`: the data of the button that opened it, handed back with the text."""
    modal = discord.ui.Modal(title=title[:45], custom_id=(MODAL + action) if action else "dc:modal")
    modal.add_item(discord.ui.TextInput(label=title[:45], style=discord.TextStyle.paragraph,
                                        max_length=limit, custom_id="answer"))
    return modal


def modal_value(components: list[Any]) -> str:
    """The typed value, wherever the modal's layout nests it."""
    for component in components:
        if isinstance(component, dict):
            if "value" in component:
                return str(component["value"])
            found = modal_value([*component.get("components", []), component.get("component")])
            if found:
                return found
    return ""


def shown(text: str) -> str:
    """Text exactly as written: Markdown characters escaped, as Telegram's HTML is, so that a
    volunteer's group name or an announcement can neither format nor hide a masked link.
    Links and channel mentions stay as they are."""
    return discord.utils.escape_markdown(text, ignore_links=True)
