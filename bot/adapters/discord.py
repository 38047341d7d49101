"""Discord through discord.py: localized slash commands, buttons, modals, ephemeral replies.

Commands come from the one declared list, with names and descriptions localized from the
Fluent files (an app_commands.Translator) and synced at start-up. Every button and modal is
handled in on_interaction by its custom_id (our encoded action), so buttons keep working after
a restart without any stored view. Personal commands answer ephemerally in servers; nothing
the bot sends can mention anyone (AllowedMentions.none()).
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands

from bot import actions
from bot.broadcast import SENT, Outcome
from bot.commands import BY_NAME, Command, for_platform
from bot.core import Core
from bot.languages import AUTONYMS, DEFAULT, LOCALES, negotiate
from bot.pacing import Budget
from bot.supervise import StartFailed
from bot.text import split_text
from bot.types import Incoming, Rendered
from storage import Delivery

PLATFORM = "discord"
MAX_TEXT = 2000
PER_MESSAGE = 25  # buttons: five rows of five
DM_CHANNELS_KEPT = 20_000  # the DM channels of the most recent recipients
ANSWER = "dc:answer:"  # custom_id prefix of the button that opens a text-answer modal
DEFER_AFTER = 2.0  # seconds: Discord wants a first response within 3
NO_MENTIONS = discord.AllowedMentions.none()
log = logging.getLogger(__name__)
Deliver = Callable[[Rendered], Awaitable[None]]


class FluentTranslator(app_commands.Translator):
    """Command names and descriptions in every Discord locale that maps to one of ours."""

    def __init__(self, core: Core) -> None:
        self.core = core

    async def translate(self, string: app_commands.locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        msg_id = string.extras.get("id")
        code = negotiate(locale.value)
        if not msg_id or code is None or code == DEFAULT:
            return None
        text = self.core.services.i18n.own(code, msg_id)
        if text is None:
            return None
        limit = 32 if context.location.name.endswith("_name") else 100
        return text[:limit]


class DiscordAdapter:
    platform = PLATFORM

    def __init__(self, core: Core, token: str, api_url: str, deliver: Deliver,
                 per_second: float = 40.0) -> None:
        discord.http.Route.BASE = api_url  # REST (and, via /gateway/bot, the gateway) from here
        self.core = core
        self.token = token
        self.api_url = api_url
        self.dm_channels: OrderedDict[int, discord.DMChannel] = OrderedDict()  # by user id
        # Discord allows 50 requests a second per bot; discord.py also follows each route's
        # rate-limit headers, so the broadcast stays below that and leaves room for replies.
        self.budget = Budget(per_second, headroom=min(5.0, per_second / 8))  # DMs and channels
        self.deliver = deliver
        self.client = discord.AutoShardedClient(intents=discord.Intents(guilds=True),
                                                allowed_mentions=NO_MENTIONS)
        self.tree = app_commands.CommandTree(self.client)
        for command in for_platform(PLATFORM):
            self.tree.add_command(self._slash(command))
        self.client.setup_hook = self._setup  # type: ignore[method-assign]
        self.client.event(self.on_interaction)
        self._task: asyncio.Task[None] | None = None
        self.ready = asyncio.Event()

    async def _setup(self) -> None:
        await self.tree.set_translator(FluentTranslator(self.core))
        synced = await self.tree.sync()
        log.info("discord: %d commands synced", len(synced))
        self.ready.set()

    async def start(self) -> None:
        """Log in first (a rejected token or an unreachable API is said here, in one line),
        then keep the gateway connected in the background."""
        try:
            await self.client.login(self.token)
        except discord.LoginFailure:
            raise StartFailed(PLATFORM, "Discord rejected DISCORD_TOKEN; reset and copy it in "
                                        "the Developer Portal (Bot page)") from None
        except (discord.HTTPException, OSError, TimeoutError) as error:
            raise StartFailed(PLATFORM, f"cannot reach the Discord API at {self.api_url} "
                                        f"({type(error).__name__}: {error})") from None
        self._task = asyncio.create_task(self.client.connect())
        self._task.add_done_callback(_report)

    async def stop(self) -> None:
        await self.client.close()
        if self._task:
            await asyncio.gather(self._task, return_exceptions=True)

    # ---- commands ---------------------------------------------------------------------------

    def _slash(self, command: Command) -> app_commands.Command[Any, Any, None]:
        i18n = self.core.services.i18n

        def words(msg_id: str) -> app_commands.locale_str:
            return app_commands.locale_str(i18n.format(DEFAULT, msg_id), id=msg_id)

        name = app_commands.locale_str(command.name, id=command.localized_name)
        description = app_commands.locale_str(i18n.format(DEFAULT, command.description)[:100],
                                              id=command.description)
        callback = self._callback(command)
        if command.name == "faq":
            callback = app_commands.describe(question=words("param-question"))(callback)
        elif command.name == "language":
            callback = app_commands.describe(code=words("param-code"))(callback)
        elif command.name == "setup":
            callback = app_commands.describe(language=words("param-server-language"),
                                             channel=words("param-channel"))(callback)
            callback = app_commands.choices(language=[
                app_commands.Choice(name=AUTONYMS[code], value=code) for code in LOCALES])(callback)
            callback = app_commands.guild_only()(callback)
            callback = app_commands.default_permissions(manage_guild=True)(callback)
        return app_commands.Command(name=name, description=description, callback=callback)

    def _callback(self, command: Command) -> Any:
        run = self.run_command
        name = command.name
        if name == "faq":
            async def faq(interaction: discord.Interaction, question: str | None = None) -> None:
                await run(interaction, name, question or "")
            return faq
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

    async def run_command(self, interaction: discord.Interaction, name: str, args: str) -> None:
        personal = BY_NAME[name].personal and interaction.guild_id is not None
        text = f"/{name} {args}".strip()
        incoming = self._incoming(interaction, text=text, personal=personal)
        await self.answer(interaction, incoming, ephemeral=personal)

    # ---- buttons and modals -----------------------------------------------------------------

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        data: dict[str, Any] = dict(interaction.data or {})
        custom_id = str(data.get("custom_id", ""))
        ephemeral = bool(interaction.message and interaction.message.flags.ephemeral)
        if interaction.type is discord.InteractionType.component:
            if custom_id.startswith(ANSWER):
                await self._open_modal(interaction, custom_id)
                return
            incoming = self._incoming(interaction, action=custom_id[:100], personal=ephemeral)
            await self.answer(interaction, incoming, ephemeral=ephemeral, edit=True)
        elif interaction.type is discord.InteractionType.modal_submit:
            typed = _modal_value(data.get("components", []))
            incoming = self._incoming(interaction, text=typed, personal=True)
            await self.answer(interaction, incoming, ephemeral=interaction.guild_id is not None)

    async def _open_modal(self, interaction: discord.Interaction, custom_id: str) -> None:
        limit_text = custom_id[len(ANSWER):]
        limit = int(limit_text) if limit_text.isdigit() else 0
        if not 1 <= limit <= 4000:
            await self._expired(interaction)
            return
        code = await self.core.resolve_locale(self._incoming(interaction, personal=True))
        title = self.core.services.i18n.format(code, "flow-answer")[:45]
        modal = discord.ui.Modal(title=title, custom_id="dc:modal")
        modal.add_item(discord.ui.TextInput(label=title, style=discord.TextStyle.paragraph,
                                            max_length=limit, custom_id="answer"))
        await interaction.response.send_modal(modal)
        modal.stop()  # submissions are handled in on_interaction, also after a restart

    async def _expired(self, interaction: discord.Interaction) -> None:
        incoming = self._incoming(interaction, personal=True)
        code = await self.core.resolve_locale(incoming)
        text = self.core.services.i18n.format(code, "error-button-expired")
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    # ---- replies ----------------------------------------------------------------------------

    def _incoming(self, interaction: discord.Interaction, *, text: str | None = None,
                  action: str | None = None, personal: bool) -> Incoming:
        private = interaction.guild_id is None or personal
        chat = str(interaction.user.id) if private else str(interaction.guild_id)
        admin = bool(interaction.permissions.manage_guild) if interaction.guild_id else False
        return Incoming(PLATFORM, chat, str(interaction.user.id), text=text, action=action,
                        locale_tag=str(interaction.locale.value), private=private,
                        chat_admin=admin)

    async def answer(self, interaction: discord.Interaction, incoming: Incoming, *,
                     ephemeral: bool, edit: bool = False) -> None:
        work = asyncio.ensure_future(self.core.respond(incoming))
        done, _ = await asyncio.wait({work}, timeout=DEFER_AFTER)
        if not done:  # slow (a chart): acknowledge now, answer as a follow-up
            await interaction.response.defer(ephemeral=ephemeral, thinking=True)
        answer = await work
        for reply in answer.others:
            await self.deliver(reply)
        mine = answer.mine
        if not mine:
            if not interaction.response.is_done():
                await interaction.response.defer()
            return
        if edit and answer.expired:  # a notice for the presser, the message stays as it was
            await interaction.response.send_message(mine[0].text, ephemeral=True,
                                                    allowed_mentions=NO_MENTIONS)
            return
        for index, reply in enumerate(mine):
            first_edit = edit and index == 0 and bool(reply.buttons) and not reply.image
            await self._reply(interaction, reply, ephemeral or reply.personal, first_edit)

    async def _reply(self, interaction: discord.Interaction, reply: Rendered,
                     ephemeral: bool, edit: bool) -> None:
        parts = split_text(shown(reply.text), MAX_TEXT)
        views = self.views(reply) if reply.buttons or reply.text_limit else []
        for number, part in enumerate(parts, 1):
            last = number == len(parts)
            extra: dict[str, Any] = {}
            if last and views:
                extra["view"] = views[0]
            if number == 1 and reply.image is not None:
                extra["file"] = discord.File(io.BytesIO(reply.image), filename="results.png")
            await self._send(interaction, part, ephemeral, edit and len(parts) == 1, extra)
        for view in views[1:]:  # the buttons past 25, in messages of their own
            await self._send(interaction, None, ephemeral, False, {"view": view})
        for view in views:
            view.stop()  # nothing is kept: presses are handled by custom_id

    async def _send(self, interaction: discord.Interaction, content: str | None,
                    ephemeral: bool, edit: bool, extra: dict[str, Any]) -> None:
        """The interaction's one initial response, or a follow-up once it was given."""
        if not interaction.response.is_done():
            if edit:
                await interaction.response.edit_message(content=content, **extra)
            else:
                await interaction.response.send_message(
                    content, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS, **extra)
        else:
            await interaction.followup.send(content or discord.utils.MISSING,
                                            ephemeral=ephemeral, allowed_mentions=NO_MENTIONS,
                                            **extra)

    def views(self, reply: Rendered) -> list[discord.ui.View]:
        """The buttons, five to a row and 25 to a message (Discord's limits): more buttons
        make more messages, none is dropped. A typed answer gets a button opening a modal."""
        buttons = [(label, data) for row in reply.buttons for label, data in row]
        if reply.text_limit:
            label = self.core.services.i18n.format(reply.locale, "flow-answer")
            buttons.insert(0, ("✎ " + label, f"{ANSWER}{reply.text_limit}"))
        views = []
        for start in range(0, len(buttons), PER_MESSAGE):
            view = discord.ui.View(timeout=None)
            for index, (label, data) in enumerate(buttons[start:start + PER_MESSAGE]):
                view.add_item(discord.ui.Button(label=label[:80], custom_id=data,
                                                row=index // 5, style=_style(data)))
            views.append(view)
        return views

    async def broadcast(self, delivery: Delivery) -> Outcome:
        """One queued message to a server's channel or a user's DMs."""
        try:
            if delivery.kind == "user":
                target: Any = await self._dm(int(delivery.chat_id))
            else:
                target = self.client.get_channel(int(delivery.chat_id)) or \
                    await self.client.fetch_channel(int(delivery.chat_id))
            for part in split_text(shown(delivery.body), MAX_TEXT):
                await target.send(part, allowed_mentions=NO_MENTIONS)
        except discord.RateLimited as error:
            return Outcome("retry", "429 too many requests", retry_after=error.retry_after)
        except (discord.Forbidden, discord.NotFound) as error:
            return Outcome("blocked", f"{error.status} {error.text[:150]}")
        except discord.HTTPException as error:
            kind = "retry" if error.status >= 500 or error.status == 429 else "failed"
            return Outcome(kind, f"{error.status} {error.text[:150]}")
        except (TimeoutError, OSError) as error:
            return Outcome("retry", type(error).__name__)
        return SENT

    async def _dm(self, user_id: int) -> discord.DMChannel:
        """The DM channel with a user: one request the first time (which takes a slot of the
        budget too: Discord counts requests, not messages), none after."""
        found = self.dm_channels.get(user_id)
        if found is None:
            await self.budget.reserve()
            found = await self.client.create_dm(discord.Object(id=user_id))
            self.dm_channels[user_id] = found
            while len(self.dm_channels) > DM_CHANNELS_KEPT:
                self.dm_channels.popitem(last=False)
        else:
            self.dm_channels.move_to_end(user_id)
        return found

    async def send(self, user_id: int | str, reply: Rendered) -> None:
        """A message to a user outside an interaction (an admin's notice), as a DM."""
        try:
            user = await self._dm(int(user_id))
            for part in split_text(shown(reply.text), MAX_TEXT):
                await user.send(part, allowed_mentions=NO_MENTIONS)
        except discord.Forbidden:
            await self.core.services.store.set_reachable(PLATFORM, str(user_id), False)
        except discord.HTTPException as error:
            log.error("discord: could not send a direct message: %s", error.status)


def shown(text: str) -> str:
    """Text exactly as written: Markdown characters escaped, as Telegram's HTML is, so that a
    volunteer's group name or an announcement can neither format nor hide a masked link.
    Links and channel mentions stay as they are."""
    return discord.utils.escape_markdown(text, ignore_links=True)


def _style(data: str) -> discord.ButtonStyle:
    if data.startswith(ANSWER):
        return discord.ButtonStyle.primary
    try:
        kind = actions.decode(data).kind.value
    except actions.InvalidAction:
        return discord.ButtonStyle.secondary
    return discord.ButtonStyle.success if kind in ("d", "fy", "vs") else \
        discord.ButtonStyle.secondary


def _modal_value(components: list[Any]) -> str:
    """The typed value, wherever the modal's layout nests it."""
    for component in components:
        if isinstance(component, dict):
            if "value" in component:
                return str(component["value"])
            found = _modal_value([*component.get("components", []), component.get("component")])
            if found:
                return found
    return ""


def _report(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("discord: the client stopped: %s", type(task.exception()).__name__)
