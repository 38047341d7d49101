"""The fake Discord refuses what Discord refuses, in Discord's words: one initial response per
interaction within 3 seconds, follow-ups for 15 minutes after it, message and modal limits
(400, 50035 Invalid Form Body), and 50 requests a second per bot token with its headers."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import discord
import pytest

from tests.adapters.discord_forms import message_error, modal_error
from tests.adapters.fake_discord import FakeDiscord
from tests.adapters.fake_discord_rest import APP, LIMIT

TOKEN = "dc.rules.token"
Live = tuple[FakeDiscord, aiohttp.ClientSession]


@pytest.fixture
async def live() -> AsyncIterator[Live]:
    """The fake with a gateway client identified (so it can dispatch interactions)."""
    fake = FakeDiscord(token=TOKEN)
    await fake.start()
    async with aiohttp.ClientSession() as session, \
            session.ws_connect(f"ws://127.0.0.1:{fake.port}/") as ws:
        await ws.receive()  # HELLO
        await ws.send_str(json.dumps({"op": 2, "d": {"token": TOKEN}}))
        await asyncio.wait_for(fake.identified.wait(), 10)
        yield fake, session
    await fake.stop()


async def call(live: Live, method: str, path: str, body: Any = None,
               token: str | None = TOKEN) -> tuple[int, Any, Any]:
    fake, session = live
    headers = {"Authorization": f"Bot {token}"} if token else {}
    async with session.request(method, fake.api_url + path, json=body, headers=headers) as r:
        return r.status, await r.json(), r.headers


async def respond(live: Live, iid: str, body: dict[str, Any]) -> tuple[int, Any, Any]:
    return await call(live, "POST", f"/interactions/{iid}/tok{iid}/callback", body, token=None)


def later(fake: FakeDiscord, seconds: float) -> None:
    """Let `seconds` pass for the fake's deadlines and windows."""
    clock = fake.clock
    fake.clock = lambda: clock() + seconds


def form_error(path: list[str], code: str, message: str) -> dict[str, Any]:
    errors: dict[str, Any] = {"_errors": [{"code": code, "message": message}]}
    for key in reversed(path):
        errors = {key: errors}
    return {"message": "Invalid Form Body", "code": 50035, "errors": errors}


async def test_an_interaction_takes_one_initial_response(live: Live) -> None:
    fake, _ = live
    iid = await fake.slash("help")
    assert (await respond(live, iid, {"type": 4, "data": {"content": "hi"}}))[:1] == (200,)
    status, body, _ = await respond(live, iid, {"type": 4, "data": {"content": "again"}})
    assert (status, body) == (400, {"message": "Interaction has already been acknowledged.",
                                     "code": 40060})
    status, body, _ = await respond(live, "123", {"type": 5})
    assert (status, body) == (404, {"message": "Unknown interaction", "code": 10062})


async def test_an_initial_response_after_three_seconds_is_an_unknown_interaction(
        live: Live) -> None:
    fake, _ = live
    in_time, late = await fake.slash("help"), await fake.slash("faq")
    later(fake, 2.9)
    assert (await respond(live, in_time, {"type": 5}))[0] == 200
    later(fake, 0.2)
    status, body, _ = await respond(live, late, {"type": 5})
    assert (status, body) == (404, {"message": "Unknown interaction", "code": 10062})


async def test_follow_ups_and_edits_come_after_the_response_for_15_minutes(live: Live) -> None:
    fake, _ = live
    iid = await fake.slash("results")
    hook = f"/webhooks/{APP}/tok{iid}"
    status, body, _ = await call(live, "POST", hook, {"content": "too soon"}, token=None)
    assert (status, body) == (404, {"message": "Unknown Webhook", "code": 10015})
    assert (await respond(live, iid, {"type": 5, "data": {"flags": 64}}))[0] == 200
    later(fake, 14 * 60)
    assert (await call(live, "POST", hook, {"content": "chart"}, token=None))[0] == 200
    edit = await call(live, "PATCH", f"{hook}/messages/@original", {"content": "x"}, token=None)
    assert edit[0] == 200
    later(fake, 61)
    status, body, _ = await call(live, "POST", hook, {"content": "too late"}, token=None)
    assert (status, body) == (401, {"message": "Invalid Webhook Token", "code": 50027})
    assert fake.answers(iid)[-1] == {"type": "followup", "data": {"content": "too late"}}


def buttons(per_row: list[int], custom_id: str = "c", label: str = "b") -> dict[str, Any]:
    return {"components": [{"type": 1, "components": [
        {"type": 2, "style": 2, "custom_id": custom_id, "label": label}] * n} for n in per_row]}


@pytest.mark.parametrize(("message", "path", "limit"), [
    ({"content": "x" * 2001}, ["content"], 2000),
    (buttons([1] * 6), ["components"], 5),
    (buttons([5, 6]), ["components", "1", "components"], 5),
    (buttons([1], custom_id="c" * 101), ["components", "0", "components", "0", "custom_id"], 100),
    (buttons([1], label="é" * 81), ["components", "0", "components", "0", "label"], 80),
])
async def test_messages_over_discords_limits_are_invalid_form_bodies(
        live: Live, message: dict[str, Any], path: list[str], limit: int) -> None:
    fake, _ = live
    refused = form_error(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")
    assert (await call(live, "POST", "/channels/5/messages", message))[:2] == (400, refused)
    assert (await call(live, "POST", f"/webhooks/{APP}/tok1", message, token=None))[0] == 401
    iid = await fake.slash("faq")
    status, body, _ = await respond(live, iid, {"type": 4, "data": message})
    assert (status, body) == (400, form_error(["data", *path], "BASE_TYPE_MAX_LENGTH",
                                              f"Must be {limit} or fewer in length."))
    fitting = {"content": "😀" * 2000, **buttons([5] * 5, "c" * 100, "é" * 80)}
    assert (await respond(live, iid, {"type": 4, "data": fitting}))[0] == 200  # still unanswered
    assert message_error(fitting) is None


def modal(rows: int = 1, per_row: int = 1, **change: Any) -> dict[str, Any]:
    text_input = {"type": 4, "custom_id": "answer", "label": "Your answer", "style": 2,
                  "max_length": 4000, **change.pop("text_input", {})}
    return {"custom_id": "dc:modal", "title": "Answer", **change, "components": [
        {"type": 1, "components": [text_input] * per_row} for _ in range(rows)]}


@pytest.mark.parametrize(("data", "path", "code", "message"), [
    (modal(title="t" * 46), ["title"], "BASE_TYPE_MAX_LENGTH", "Must be 45 or fewer in length."),
    (modal(custom_id="m" * 101), ["custom_id"], "BASE_TYPE_MAX_LENGTH",
     "Must be 100 or fewer in length."),
    (modal(rows=6), ["components"], "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length."),
    (modal(per_row=2), ["components", "0", "components"], "BASE_TYPE_MAX_LENGTH",
     "Must be 1 or fewer in length."),
    (modal(text_input={"label": "l" * 46}), ["components", "0", "components", "0", "label"],
     "BASE_TYPE_MAX_LENGTH", "Must be 45 or fewer in length."),
    (modal(text_input={"custom_id": "a" * 101}),
     ["components", "0", "components", "0", "custom_id"], "BASE_TYPE_MAX_LENGTH",
     "Must be 100 or fewer in length."),
    (modal(text_input={"max_length": 4001}), ["components", "0", "components", "0",
                                              "max_length"],
     "NUMBER_TYPE_MAX", "int value should be less than or equal to 4000."),
    ({"custom_id": "m", "title": "t", "components": [{"type": 18, "label": "l" * 46,
                                                      "component": {"type": 4}}]},
     ["components", "0", "label"], "BASE_TYPE_MAX_LENGTH", "Must be 45 or fewer in length."),
])
async def test_modals_over_discords_limits_are_invalid_form_bodies(
        live: Live, data: dict[str, Any], path: list[str], code: str, message: str) -> None:
    fake, _ = live
    iid = await fake.press("dc:answer:4000")
    status, body, _ = await respond(live, iid, {"type": 9, "data": data})
    assert (status, body) == (400, form_error(["data", *path], code, message))
    fitting = modal(rows=5, title="t" * 45, text_input={"label": "l" * 45})
    assert (await respond(live, iid, {"type": 9, "data": fitting}))[0] == 200
    assert modal_error({"custom_id": "m", "title": "t", "components": [
        {"type": 18, "label": "l" * 45, "component": {"type": 4, "custom_id": "a"}}]}) is None


async def test_fifty_requests_a_second_per_bot_token_then_a_global_429(live: Live) -> None:
    fake, _ = live
    fake.clock = lambda: 1000.0  # one window, however long the requests take
    seen = [await call(live, "GET", f"/users/{n}") for n in range(LIMIT)]
    assert all(status == 200 for status, _, _ in seen)
    assert [int(h["X-RateLimit-Remaining"]) for _, _, h in seen] == list(range(LIMIT))[::-1]
    assert {h["X-RateLimit-Limit"] for _, _, h in seen} == {str(LIMIT)}
    assert {h["X-RateLimit-Reset-After"] for _, _, h in seen} == {"1.000"}
    assert len({h["X-RateLimit-Bucket"] for _, _, h in seen}) == 1
    status, body, headers = await call(live, "GET", "/users/1")
    assert (status, body) == (429, {"message": "You are being rate limited.",
                                    "retry_after": 1.0, "global": True})
    assert (headers["Retry-After"], headers["X-RateLimit-Global"],
            headers["X-RateLimit-Scope"]) == ("1", "true", "global")
    assert headers["X-RateLimit-Remaining"] == "0" and fake.too_many == 1
    assert [c.status for c in fake.calls[-2:]] == [200, 429]
    assert (await call(live, "GET", "/users/1", token="another.bot"))[0] == 401  # its own 50
    iid = await fake.slash("help")  # interaction endpoints are outside the global limit,
    assert (await respond(live, iid, {"type": 5}))[0] == 200  # in a bucket per token
    hook = f"/webhooks/{APP}/tok{iid}"
    assert [(await call(live, "POST", hook, {"content": "."}))[0] for _ in range(LIMIT - 1)] \
        == [200] * (LIMIT - 1)
    status, body, headers = await call(live, "POST", hook, {"content": "."})
    assert (status, body["global"], headers["X-RateLimit-Scope"]) == (429, False, "user")
    assert "X-RateLimit-Global" not in headers and fake.too_many == 2
    later(fake, 1.0)
    status, _, headers = await call(live, "GET", "/users/1")
    assert status == 200 and headers["X-RateLimit-Remaining"] == str(LIMIT - 1)


class Routed(discord.http.HTTPClient):
    """discord.py's own HTTP client, sent to the fake."""

    api_url = ""

    async def request(self, route: discord.http.Route, **kwargs: Any) -> Any:
        route.url = self.api_url + route.url[len(discord.http.Route.BASE):]
        return await super().request(route, **kwargs)


async def test_discord_py_follows_the_headers_and_waits_out_a_global_429(live: Live) -> None:
    """The real library reads the fake's answers as Discord's: it stops at X-RateLimit-
    Remaining 0 within a route, and waits out a global 429 across routes; nothing is lost."""
    fake, _ = live
    http = Routed(asyncio.get_running_loop())
    http.api_url = fake.api_url
    try:
        await http.static_login(TOKEN)
        users = await asyncio.gather(*(http.get_user(n) for n in range(2 * LIMIT)))
        assert len(users) == 2 * LIMIT and fake.too_many == 0  # one bucket: paced by headers
        channels = await asyncio.gather(*(http.get_channel(n) for n in range(LIMIT + 10)))
        assert len(channels) == LIMIT + 10 and fake.too_many >= 1  # buckets per channel
    finally:
        await http.close()
    refused = [c for c in fake.calls if c.status == 429]
    assert len(refused) == fake.too_many
    assert all(any(c.path == r.path and c.status == 200 for c in fake.calls) for r in refused)
