"""The buttons every step-by-step flow shares: answer, pick, done, back, skip."""

from __future__ import annotations

from collections.abc import Callable

from bot.context import ButtonExpired, Context
from bot.flow_runner import Finish, FlowRunner
from bot.router import Router
from bot.types import Action, ActionKind
from storage import FlowState

router = Router("flows")
FINISHERS: dict[str, Finish] = {}  # flow name -> what to do with complete answers


def finisher(name: str) -> Callable[[Finish], Finish]:
    """Register what a flow does when it is complete (used as a decorator by its feature)."""

    def register(finish: Finish) -> Finish:
        FINISHERS[name] = finish
        return finish

    return register


def runner(ctx: Context, name: str) -> FlowRunner:
    return FlowRunner(ctx.content.flows[name], FINISHERS[name])


async def current(ctx: Context) -> tuple[FlowRunner, FlowState] | None:
    state = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    if state is None or state.name not in FINISHERS or state.name not in ctx.content.flows:
        return None
    return runner(ctx, state.name), state


async def press(ctx: Context, action: Action) -> None:
    """A flow button: taken if it belongs to the running flow's current question."""
    found = await current(ctx)
    if found is None:
        raise ButtonExpired("no flow is running for this button")
    await found[0].on_action(ctx, found[1], action)


for kind in (ActionKind.ANSWER, ActionKind.PICK, ActionKind.UNPICK, ActionKind.DONE,
             ActionKind.BACK, ActionKind.SKIP):
    router.action(kind)(press)


async def typed(ctx: Context, text: str) -> None:
    """Text typed while a flow runs answers its current question."""
    found = await current(ctx)
    if found is not None:
        await found[0].on_text(ctx, found[1], text)


for flow_name in ("survey", "volunteer"):
    router.flow(flow_name)(typed)
