"""Routers: each feature file declares its commands, button actions and flow steps on one."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from bot.commands import BY_NAME
from bot.context import Context
from bot.types import Action, ActionKind

K = TypeVar("K")
V = TypeVar("V")
CommandHandler = Callable[[Context, str], Awaitable[None]]
ActionHandler = Callable[[Context, Action], Awaitable[None]]
TextHandler = Callable[[Context, str], Awaitable[None]]


@dataclass
class Router:
    name: str
    commands: dict[str, CommandHandler] = field(default_factory=dict)
    actions: dict[ActionKind, ActionHandler] = field(default_factory=dict)
    flows: dict[str, TextHandler] = field(default_factory=dict)
    text: TextHandler | None = None

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

    @classmethod
    def merge(cls, routers: Iterable[Router]) -> Routes:
        routes = cls()
        for router in routers:
            _claim(router.name, routes.commands, router.commands)
            _claim(router.name, routes.actions, router.actions)
            _claim(router.name, routes.flows, router.flows)
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
