"""The buttons every step-by-step flow shares (answer, pick, done, back, skip), and how flows
start and end: a flow with progress is set aside, never lost, when another one starts, and
comes back when that one ends."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.context import ButtonExpired, Context
from bot.flow_runner import Finish, FlowRunner
from bot.router import Router
from bot.types import Action, ActionKind
from storage import FlowState

router = Router("flows")
FINISHERS: dict[str, Finish] = {}  # flow name -> what to do with complete answers
Resume = Callable[[Context, FlowState], Awaitable[None]]
# Flows worth setting aside: name -> (the command that starts it, how to show its step again).
RESUMABLE: dict[str, tuple[str, Resume]] = {}


def finisher(name: str) -> Callable[[Finish], Finish]:
    """Register what a flow does when it is complete (used as a decorator by its feature)."""

    def register(finish: Finish) -> Finish:
        FINISHERS[name] = finish
        RESUMABLE[name] = (name, _ask_again)
        return finish

    return register


def resumable(name: str, command: str) -> Callable[[Resume], Resume]:
    """Register a flow step that survives another flow started on top of it."""

    def register(resume: Resume) -> Resume:
        RESUMABLE[name] = (command, resume)
        return resume

    return register


async def _ask_again(ctx: Context, state: FlowState) -> None:
    runner(ctx, state.name).ask(ctx, state)


def runner(ctx: Context, name: str) -> FlowRunner:
    return FlowRunner(ctx.content.flows[name], FINISHERS[name], start)


async def start(ctx: Context, state: FlowState) -> None:
    """Start a flow; one with progress that was running is set aside, and the user told."""
    running = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    park = running is not None and running.name != state.name and running.name in RESUMABLE
    await ctx.store.set_flow(ctx.user.platform, ctx.user.user_id, state, park=park)
    if park and running is not None:
        ctx.reply("flow-parked", command=f"/{RESUMABLE[running.name][0]}")


async def end(ctx: Context) -> None:
    """End the running flow; the one set aside for it comes back, at the step it was at."""
    resumed = await ctx.store.end_flow(ctx.user.platform, ctx.user.user_id)
    if resumed is not None and resumed.name in RESUMABLE:
        ctx.reply("flow-resumed")
        await RESUMABLE[resumed.name][1](ctx, resumed)
    elif resumed is not None:  # set aside by an older release, or its definition is gone
        await ctx.store.end_flow(ctx.user.platform, ctx.user.user_id)


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
