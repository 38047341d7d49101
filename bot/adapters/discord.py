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

from bot.adapters.discord_http import route_client
from bot.adapters.discord_widgets import (
    ANSWER,
    MODAL,
    FluentTranslator,
    answer_modal,
    modal_value,
    shown,
    slash,
    views,
)
from bot.broadcast import SENT, Outcome
from bot.commands import BY_NAME, for_platform
from bot.core import Core
from bot.pacing import Budget, Pacer
from bot.relay import decode_buttons
from bot.supervise import StartFailed
from bot.text import split_text
from bot.types import Incoming, Rendered
from storage import Delivery

PLATFORM = "discord"
MAX_TEXT = 2000
DM_CHANNELS_KEPT = 20_000  # the DM channels of the most recent recipients
DEFER_AFTER = 2.0  # seconds: Discord wants a first response within 3
NO_MENTIONS = discord.AllowedMentions.none()
log = logging.getLogger(__name__)
Deliver = Callable[[Rendered], Awaitable[None]]


class DiscordAdapter:
    platform = PLATFORM

    def __init__(self, core: Core, token: str, api_url: str, deliver: Deliver,
                 per_second: float = 40.0, budget: Pacer | None = None) -> None:
        self.core = core
        self.token = token
        self.api_url = api_url
        self.dm_channels: OrderedDict[int, discord.DMChannel] = OrderedDict()  # by user id
        # Discord allows 50 requests a second per bot; discord.py also follows each route's
        # rate-limit headers, so the broadcast stays below that and leaves room for replies.
        self.budget: Pacer = budget or Budget(per_second, headroom=min(5.0, per_second / 8))
        self.broadcast_budget = self.budget
        self.deliver = deliver
        settings = core.services.settings
        # One gateway connection per shard; DISCORD_SHARD_COUNT/IDS split the shards between
        # processes (a cluster each), which share the store and the send budget.
        shards: dict[str, Any] = {}
        if settings.discord_shard_count is not None:
            shards = {"shard_count": settings.discord_shard_count,
                      "shard_ids": list(settings.discord_shard_ids or ())}
        self.client = discord.AutoShardedClient(
            intents=discord.Intents(guilds=True), allowed_mentions=NO_MENTIONS, **shards)
        self.tree = app_commands.CommandTree(self.client)
        for command in for_platform(PLATFORM):
            self.tree.add_command(slash(command, core.services.i18n, self.run_command))
        self.client.setup_hook = self._setup  # type: ignore[method-assign]
        self.client.event(self.on_interaction)
        self._task: asyncio.Task[None] | None = None
        self.ready = asyncio.Event()

    async def _setup(self) -> None:
        await self.tree.set_translator(FluentTranslator(self.core.services.i18n))
        synced = await self.tree.sync()
        log.info("discord: %d commands synced", len(synced))
        self.ready.set()

    async def start(self) -> None:
        """Log in first (a rejected token or an unreachable API is said here, in one line),
        then keep the gateway connected in the background."""
        route_client(self.client, self.api_url)  # REST, interactions and, via /gateway/bot,
        try:                                      # the gateway: all at DISCORD_API_URL
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

    # ---- commands, buttons and modals ------------------------------------------------------

    async def run_command(self, interaction: discord.Interaction, name: str, args: str) -> None:
        personal = BY_NAME[name].personal and interaction.guild_id is not None
        text = f"/{name} {args}".strip()
        incoming = self._incoming(interaction, text=text, personal=personal)
        await self.answer(interaction, incoming, ephemeral=personal)

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
            typed = modal_value(data.get("components", []))
            # A form opened by a button of the core's carries that button's data: the text
            # goes with the button's action (an answer to a ticket), not to a running flow.
            action = custom_id[len(MODAL):] or None if custom_id.startswith(MODAL) else None
            incoming = self._incoming(interaction, text=typed, action=action, personal=True)
            await self.answer(interaction, incoming, ephemeral=interaction.guild_id is not None)

    async def _open_modal(self, interaction: discord.Interaction, custom_id: str) -> None:
        limit_text, _, action = custom_id[len(ANSWER):].partition(":")
        limit = int(limit_text) if limit_text.isdigit() else 0
        if not 1 <= limit <= 4000:
            await self._expired(interaction)
            return
        code = await self.core.resolve_locale(self._incoming(interaction, personal=True))
        modal = answer_modal(self.core.services.i18n.format(code, "flow-answer"), limit, action)
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
        for view in views:
            view.stop()  # nothing is kept: presses are handled by custom_id
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
        return views(reply, self.core.services.i18n.format(reply.locale, "flow-answer"))

    async def broadcast(self, delivery: Delivery) -> Outcome:
        """One queued message to a server's channel or a user's DMs."""
        try:
            if delivery.kind == "user":
                target: Any = await self._dm(int(delivery.chat_id))
            else:
                target = self.client.get_channel(int(delivery.chat_id))
                if target is None:  # not in the gateway's cache: one request more
                    await self.budget.reserve()
                    target = await self.client.fetch_channel(int(delivery.chat_id))
            parts = split_text(shown(delivery.body), MAX_TEXT)
            buttons = decode_buttons(delivery.buttons)
            for number, part in enumerate(parts):
                if number:  # the worker took the first part's slot; every part is a request
                    await self.broadcast_budget.reserve()
                extra: dict[str, Any] = {}
                if buttons and number == len(parts) - 1:
                    view = self.views(Rendered(part, delivery.language, False, buttons))[0]
                    view.stop()  # presses are handled by custom_id
                    extra["view"] = view
                # Discord drops a second message with the same nonce (enforce_nonce, which
                # discord.py sends with it) for a few minutes: a send retried after a lost
                # answer, or by another process after a lease ended, is not doubled.
                await target.send(part, allowed_mentions=NO_MENTIONS,
                                  nonce=f"d{delivery.id}.{number}", **extra)
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
                await self.budget.reply()
                await user.send(part, allowed_mentions=NO_MENTIONS)
        except discord.RateLimited as error:  # a long wait: every send of ours waits it out
            self.budget.pause(error.retry_after)
            log.warning("discord: rate limited for %.0f s; a notice was not sent",
                        error.retry_after)
        except discord.Forbidden:
            await self.core.services.store.set_reachable(PLATFORM, str(user_id), False)
        except discord.HTTPException as error:
            log.error("discord: could not send a direct message: %s", error.status)


def _report(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("discord: the client stopped: %s", type(task.exception()).__name__)
