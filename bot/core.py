"""The conversation core: resolves the locale, dispatches an update, renders the replies."""

from __future__ import annotations

import contextlib
import logging
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from bot import actions, metrics
from bot.commands import BY_NAME
from bot.context import ButtonExpired, Context, Services
from bot.flood import FloodGate
from bot.languages import AUTONYMS, DEFAULT, negotiate
from bot.locks import KeyedLocks, Locks
from bot.router import Routes
from bot.types import ActionKind, Incoming, Rendered, Reply, Text
from storage import StoreUnavailable

log = logging.getLogger(__name__)

MAX_INPUT = 4000  # characters; Telegram's own limit is 4096, Discord's 2000 (4000 with Nitro)
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+(.*))?$", re.DOTALL)
# What is taken out of what people type: C0 and C1 controls (but tab and newline), the bidi
# embeddings, overrides and isolates (they can turn a reply around or hide text), and a byte
# order mark. Kept: ZWNJ and ZWJ (Persian words, Hindi conjuncts, emoji sequences), the
# left-to-right and right-to-left marks, zero-width spaces (Thai word breaks) and variation
# selectors: they are part of what people write.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
UNMETERED = frozenset({"console"})  # the operator's own terminal: scripts may type fast


def clean(text: str) -> str:
    """What people type, without the control characters that could hide or turn text."""
    return _CONTROL.sub("", text).strip()


@dataclass(frozen=True)
class Answer:
    """One update's answer as adapters send it: to the sender, to others (an admin's notice),
    and whether it was a button that expired or was forged (platforms show that as a notice
    on the button, not as a message)."""

    mine: list[Rendered]
    others: list[Rendered]
    expired: bool = False


class Core:
    def __init__(self, services: Services, routes: Routes, flood: FloodGate | None = None) -> None:
        self.services = services
        self.routes = routes
        self.flood = flood or FloodGate()
        self.locks: Locks = KeyedLocks()  # one person's updates one at a time

    async def handle(self, incoming: Incoming) -> list[Reply]:
        """Everything the bot says in answer to one update; never raises."""
        replies, _ = await self._serve(incoming)
        return replies

    async def respond(self, incoming: Incoming) -> Answer:
        """What an adapter sends for one update, rendered; never raises. A reply that cannot
        be rendered (a content id whose button data is too long, say) becomes the localized
        error, so the person always gets an answer."""
        arrived = time.monotonic()
        replies, expired = await self._serve(incoming)
        rendered = []
        for reply in replies:
            try:
                rendered.append(self.render(reply))
            except Exception:
                log.exception("a %s reply could not be rendered", reply.text.id)
                rendered.append(self.render(Reply(Text("error-generic"), reply.locale,
                                                  to=reply.to)))
        metrics.handled(incoming, time.monotonic() - arrived)
        return Answer([r for r in rendered if r.to is None],
                      [r for r in rendered if r.to is not None], expired)

    async def _serve(self, incoming: Incoming) -> tuple[list[Reply], bool]:
        """The replies, and whether the update was a button that expired (or was forged).

        Updates of one person are handled one after the other (a double press cannot
        interleave two steps of a flow); different people are handled concurrently."""
        async with self.locks.hold(incoming.user):
            try:
                return await self._handle(incoming), False
            except ButtonExpired as why:
                log.info("expired or forged button from %s: %s", incoming.platform, why)
                locale = negotiate(incoming.locale_tag) or DEFAULT
                with contextlib.suppress(Exception):
                    locale = await self.resolve_locale(incoming)
                return [Reply(Text("error-button-expired"), locale, personal=True)], True

    async def _handle(self, incoming: Incoming) -> list[Reply]:
        locale = DEFAULT
        try:
            locale = await self.resolve_locale(incoming)
            await self._note_admin_language(incoming)
            ctx = Context(incoming, locale, self.services, self.routes)
            if incoming.platform not in UNMETERED:
                wait = self.flood.check(incoming.user)
                if wait:
                    log.info("flood from %s:%s, dropped", incoming.platform, incoming.user_id)
                    if self.flood.first_warning(incoming.user):
                        ctx.reply("error-flood", seconds=wait)
                    return ctx.replies
            await self._count_active(incoming, locale)
            await self._dispatch(ctx)
            return ctx.replies
        except ButtonExpired:
            raise  # answered by _serve, which says so to the adapter
        except StoreUnavailable as why:  # locked, read-only, full: nothing of it was saved
            log.error("database unavailable for a %s update from chat %s: %s",
                      incoming.platform, incoming.chat_id, why)
            if locale == DEFAULT:  # the language could not be read either: the platform's
                locale = negotiate(incoming.locale_tag) or DEFAULT
            return [Reply(Text("error-storage"), locale)]
        except Exception:
            log.exception("handler failed on %s update from chat %s", incoming.platform,
                          incoming.chat_id)
            return [Reply(Text("error-generic"), locale)]

    async def _count_active(self, incoming: Incoming, locale: str) -> None:
        """The monthly report's new and active people (counts only; the day on their row)."""
        try:
            await self.services.store.note_active(incoming.platform, incoming.user_id, locale,
                                                  datetime.now(UTC).strftime("%Y-%m-%d"))
        except Exception:  # a count is not worth the person's answer
            log.exception("could not count a %s person as active", incoming.platform)

    async def _note_admin_language(self, incoming: Incoming) -> None:
        """An admin's platform language, kept (when it changes) for notices sent to them."""
        if (incoming.platform, incoming.user_id) not in self.services.settings.admins:
            return
        seen = negotiate(incoming.locale_tag)
        store = self.services.store
        if seen and seen != await store.get_seen_language(incoming.platform, incoming.user_id):
            await store.set_seen_language(incoming.platform, incoming.user_id, seen)

    async def resolve_locale(self, incoming: Incoming) -> str:
        """Group language (group chats only) > the user's choice > platform tag > en."""
        store = self.services.store
        if not incoming.private:
            group = await store.get_chat_language(incoming.platform, incoming.chat_id)
            if group in AUTONYMS:
                return group
        chosen = await store.get_language(incoming.platform, incoming.user_id)
        if chosen in AUTONYMS:
            return chosen
        return negotiate(incoming.locale_tag) or DEFAULT

    def render(self, reply: Reply) -> Rendered:
        i18n = self.services.i18n
        rows = i18n.buttons(reply.locale, reply.buttons)
        text = i18n.text(reply.locale, reply.text)
        return Rendered(text, reply.locale, i18n.is_rtl(reply.locale), rows, reply.to,
                        reply.image, reply.text_limit, reply.personal)

    async def _dispatch(self, ctx: Context) -> None:
        incoming = ctx.incoming
        if incoming.action is not None:
            try:
                action = actions.decode(incoming.action)
            except actions.InvalidAction as why:
                raise ButtonExpired(str(why)) from None
            if action.kind is ActionKind.PRIVATE:  # where the platform has no link for it
                if not ctx.incoming.private:
                    raise ButtonExpired("the private-chat button only works in a private chat")
                await self._command(ctx, f"/start {action.arg}".strip())
                return
            if action.kind is ActionKind.COMMAND:  # a menu button: as if the command were typed
                if action.arg not in BY_NAME:
                    raise ButtonExpired(f"unknown command {action.arg!r}")
                await self._command(ctx, f"/{action.arg}")
                return
            handler = self.routes.actions.get(action.kind)
            if handler is None:
                raise ButtonExpired(f"no handler for {action.kind}")
            if incoming.text is not None:  # typed into the form the button opened (Discord)
                ctx.typed = clean(incoming.text)
                if len(ctx.typed) > MAX_INPUT:
                    ctx.reply("error-too-long", limit=MAX_INPUT)
                    return
            await handler(ctx, action)
            return
        text = clean(incoming.text or "")
        if len(text) > MAX_INPUT:
            ctx.reply("error-too-long", limit=MAX_INPUT)
            return
        if text.startswith("/"):
            await self._command(ctx, text)
            return
        if incoming.replied and text:
            buttons = []
            for data in incoming.replied:
                with contextlib.suppress(actions.InvalidAction):
                    buttons.append(actions.decode(data))
            for taken in self.routes.replies:
                if await taken(ctx, buttons, text):
                    return
        flow = await ctx.store.get_flow(incoming.platform, incoming.user_id)
        if flow is not None and flow.name in self.routes.flows:
            await self.routes.flows[flow.name](ctx, text)  # an empty text is re-asked there
        elif not text:
            if incoming.private:
                ctx.reply("error-unsupported")
        elif incoming.private and self.routes.text is not None:
            await self.routes.text(ctx, text)

    async def _command(self, ctx: Context, text: str) -> None:
        match = _COMMAND.match(text)
        name = match.group(1).lower() if match else ""
        command = BY_NAME.get(name)
        handler = self.routes.commands.get(name)
        if command is None or handler is None or not command.available_on(ctx.incoming.platform):
            if ctx.incoming.private:  # in groups, unknown commands may be another bot's
                ctx.reply("unknown-command", command=text.split()[0][:40])
            return
        if command.private_only and not ctx.incoming.private:
            ctx.refuse_in_group(name)
            return
        assert match is not None
        await handler(ctx, (match.group(3) or "").strip())
