"""The buttons every step-by-step flow shares (answer, pick, done, back, skip), and how flows
start and end: a flow with progress is set aside, never lost, when another one starts, and
comes back when that one ends."""

from __future__ import annotations

from bot.context import ButtonExpired, Context
from bot.flow_runner import FlowRunner
from bot.router import Resume, Router
from bot.types import Action, ActionKind
from storage import FlowState

router = Router("flows")


def _resume(ctx: Context, name: str) -> tuple[str, Resume] | None:
    """How a flow set aside comes back: a step of its own, or the flow's current question."""
    found = ctx.routes.resumables.get(name)
    if found is None and name in ctx.routes.finishers:
        return name, _ask_again
    return found


async def _ask_again(ctx: Context, state: FlowState) -> None:
    runner(ctx, state.name).ask(ctx, state)


def runner(ctx: Context, name: str) -> FlowRunner:
    return FlowRunner(ctx.content.flows[name], ctx.routes.finishers[name], start)


async def start(ctx: Context, state: FlowState) -> None:
    """Start a flow; one with progress that was running is set aside, and the user told."""
    running = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    back = _resume(ctx, running.name) if running and running.name != state.name else None
    await ctx.store.set_flow(ctx.user.platform, ctx.user.user_id, state, park=back is not None)
    if back is not None:
        ctx.reply("flow-parked", command=f"/{back[0]}")


async def end(ctx: Context) -> None:
    """End the running flow; the one set aside for it comes back, at the step it was at."""
    resumed = await ctx.store.end_flow(ctx.user.platform, ctx.user.user_id)
    back = _resume(ctx, resumed.name) if resumed is not None else None
    if resumed is not None and back is not None:
        ctx.reply("flow-resumed")
        await back[1](ctx, resumed)
    elif resumed is not None:  # set aside by an older release, or its definition is gone
        await ctx.store.end_flow(ctx.user.platform, ctx.user.user_id)


async def current(ctx: Context) -> tuple[FlowRunner, FlowState] | None:
    state = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    if state is None or state.name not in ctx.routes.finishers \
            or state.name not in ctx.content.flows:
        return None
    return runner(ctx, state.name), state


async def press(ctx: Context, action: Action) -> None:
    """A flow button: taken if it belongs to the running flow's current question."""
    found = await current(ctx)
    if found is None:
        raise ButtonExpired("no flow is running for this button")
    await found[0].on_action(ctx, found[1], action)


for kind in (ActionKind.ANSWER, ActionKind.PICK, ActionKind.UNPICK, ActionKind.DONE,
             ActionKind.BACK, ActionKind.SKIP, ActionKind.KEEP):
    router.action(kind)(press)


async def typed(ctx: Context, text: str) -> None:
    """Text typed while a flow runs answers its current question."""
    found = await current(ctx)
    if found is not None:
        await found[0].on_text(ctx, found[1], text)


for flow_name in ("survey", "volunteer", "ask", "share"):
    router.flow(flow_name)(typed)
