"""Routers: each feature file declares its commands, button actions and flow steps on one."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from bot.commands import BY_NAME
from bot.context import Context
from bot.flow_runner import Finish
from bot.types import Action, ActionKind
from storage import FlowState

K = TypeVar("K")
V = TypeVar("V")
CommandHandler = Callable[[Context, str], Awaitable[None]]
ActionHandler = Callable[[Context, Action], Awaitable[None]]
TextHandler = Callable[[Context, str], Awaitable[None]]
Resume = Callable[[Context, FlowState], Awaitable[None]]
ReplyHandler = Callable[[Context, list[Action], str], Awaitable[bool]]  # buttons, text: taken?


@dataclass
class Router:
    name: str
    commands: dict[str, CommandHandler] = field(default_factory=dict)
    actions: dict[ActionKind, ActionHandler] = field(default_factory=dict)
    flows: dict[str, TextHandler] = field(default_factory=dict)
    text: TextHandler | None = None
    finishers: dict[str, Finish] = field(default_factory=dict)
    resumables: dict[str, tuple[str, Resume]] = field(default_factory=dict)
    replies: list[ReplyHandler] = field(default_factory=list)

    def command(self, name: str) -> Callable[[CommandHandler], CommandHandler]:
        if name not in BY_NAME:
            raise ValueError(f"/{name} is not in the declared command list (bot/commands.py)")

        def register(handler: CommandHandler) -> CommandHandler:
            self.commands[name] = handler
            return handler

        return register

    def action(self, kind: ActionKind) -> Callable[[ActionHandler], ActionHandler]:
        def register(handler: ActionHandler) -> ActionHandler:
            self.actions[kind] = handler
            return handler

        return register

    def flow(self, name: str) -> Callable[[TextHandler], TextHandler]:
        """Handle free text while the user is in the named flow."""

        def register(handler: TextHandler) -> TextHandler:
            self.flows[name] = handler
            return handler

        return register

    def finisher(self, flow: str) -> Callable[[Finish], Finish]:
        """What a step-by-step flow does with its complete answers."""

        def register(finish: Finish) -> Finish:
            self.finishers[flow] = finish
            return finish

        return register

    def resumable(self, step: str, command: str) -> Callable[[Resume], Resume]:
        """A flow step that survives another flow started on top of it: `command` starts it
        again, and `resume` shows the step again when the other flow ends."""

        def register(resume: Resume) -> Resume:
            self.resumables[step] = (command, resume)
            return resume

        return register

    def on_reply(self, handler: ReplyHandler) -> ReplyHandler:
        """Text sent as a reply to one of the bot's own messages (Telegram), with that
        message's buttons: the handler says whether it took it; otherwise the text is
        handled as if typed plainly."""
        self.replies.append(handler)
        return handler

    def on_text(self, handler: TextHandler) -> TextHandler:
        """Handle free text in a private chat when no flow is running."""
        self.text = handler
        return handler


@dataclass
class Routes:
    """Several routers merged in order; a name claimed twice is an error, not a silent win."""

    commands: dict[str, CommandHandler] = field(default_factory=dict)
    actions: dict[ActionKind, ActionHandler] = field(default_factory=dict)
    flows: dict[str, TextHandler] = field(default_factory=dict)
    text: TextHandler | None = None
    finishers: dict[str, Finish] = field(default_factory=dict)
    resumables: dict[str, tuple[str, Resume]] = field(default_factory=dict)
    replies: list[ReplyHandler] = field(default_factory=list)

    @classmethod
    def merge(cls, routers: Iterable[Router]) -> Routes:
        routes = cls()
        for router in routers:
            _claim(router.name, routes.commands, router.commands)
            _claim(router.name, routes.actions, router.actions)
            _claim(router.name, routes.flows, router.flows)
            _claim(router.name, routes.finishers, router.finishers)
            _claim(router.name, routes.resumables, router.resumables)
            routes.replies.extend(router.replies)
            if router.text is not None:
                if routes.text is not None:
                    raise ValueError(f"router {router.name}: a free-text handler exists already")
                routes.text = router.text
        return routes


def _claim(router: str, table: dict[K, V], mine: dict[K, V]) -> None:
    clash = set(table) & set(mine)
    if clash:
        raise ValueError(f"router {router} claims {clash} again")
    table.update(mine)
