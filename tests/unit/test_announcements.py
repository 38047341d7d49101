"""Subscriptions, events and composing announcements, through the real core and SQLite."""

from __future__ import annotations

from typing import Any

import pytest

from bot import announce, reminders
from bot.bootstrap import Texts, bootstrap
from bot.clock import iso
from bot.core import Core
from bot.events import EventError, parse_start
from bot.settings import Settings
from bot.types import ActionKind, Incoming, Rendered
from storage import ChatKind
from tests.conftest import find_button


async def say(core: Core, text: str | None = None, action: str | None = None, user: str = "5",
              tag: str = "en", **extra: Any) -> list[Rendered]:
    base: dict[str, Any] = dict(platform="telegram", chat_id=user, user_id=user)
    base.update(extra)
    replies = await core.handle(Incoming(text=text, action=action, locale_tag=tag, **base))
    return [core.render(r) for r in replies]


button = find_button


async def test_subscribe_and_unsubscribe(core: Core) -> None:
    store = core.services.store
    [done] = await say(core, "/subscribe", tag="de")
    assert done.text == core.services.i18n.format("de", "subscribe-done", {"language": "Deutsch"})
    [again] = await say(core, "/subscribe", tag="de")
    assert "Deutsch" in again.text and again.text != done.text
    await say(core, "/subscribe fr", tag="de")
    assert {r.language for r in await store.subscribers(("de", "fr"))} == {"de", "fr"}
    await say(core, "/unsubscribe", tag="de")
    assert [r.language for r in await store.subscribers(("de", "fr"))] == ["fr"]
    [refused] = await say(core, "/subscribe", chat_id="-100", private=False)
    assert refused.text == core.services.i18n.format("en", "subscribe-group-admin-only")
    await say(core, "/subscribe es", chat_id="-100", private=False, chat_admin=True)
    assert ("telegram", "-100", "es", "group") in {
        (r.platform, r.chat_id, r.language, r.kind) for r in await store.subscribers(("es",))}


async def test_forget_removes_subscriptions(core: Core) -> None:
    await say(core, "/subscribe", tag="ja")
    [ask] = await say(core, "/forget", tag="ja")
    await say(core, action=button([ask], ActionKind.FORGET_YES), tag="ja")
    assert await core.services.store.subscribers(("ja",)) == []


async def test_events_are_dated_in_the_users_language(core: Core) -> None:
    store = core.services.store
    start = parse_start("2099-03-05T18:30", "Europe/Berlin")
    await store.add_event("Salon Berlin", iso(start), "Europe/Berlin", ("de", "ar"),
                          "https://example.org/salon", "cli")
    [de] = await say(core, "/events", tag="de")
    assert "Salon Berlin" in de.text and "5. März 2099" in de.text and "18:30" in de.text
    assert "Europe/Berlin" in de.text and "https://example.org/salon" in de.text
    assert "Januar 2027" in de.text  # the seed event from content.toml, for every language
    [ar] = await say(core, "/events", user="6", tag="ar")
    assert "مارس" in ar.text and "Salon Berlin" in ar.text
    [ja] = await say(core, "/events", user="7", tag="ja")
    assert "Salon Berlin" not in ja.text and "2027年1月15日" in ja.text
    with pytest.raises(EventError):
        parse_start("2099-03-05T18:30", "Mars/Olympus")
    with pytest.raises(EventError):
        parse_start("next tuesday", "UTC")


async def test_reminders_go_to_subscribers_of_the_events_languages(core: Core) -> None:
    from datetime import UTC, datetime, timedelta

    store = core.services.store
    soon = datetime.now(UTC) + timedelta(hours=3)
    await store.add_event("Salon", iso(soon), "Asia/Tokyo", ("ja",), "https://e.org", "cli")
    await store.subscribe("telegram", "1", "ja", ChatKind.USER)
    await store.subscribe("telegram", "2", "de", ChatKind.USER)
    assert await reminders.queue_due(store, core.services.i18n) == 1
    assert await reminders.queue_due(store, core.services.i18n) == 0  # once only
    [delivery] = await store.due("telegram", iso(datetime.now(UTC)), 10)
    assert delivery.chat_id == "1" and "Asia/Tokyo" in delivery.body and "Salon" in delivery.body


async def test_announce_flow_for_a_liaison(settings: Settings, texts: Texts) -> None:
    core = await bootstrap(settings, texts=texts)
    store = core.services.store
    for user in ("101", "102"):
        await store.subscribe("telegram", user, "de", ChatKind.USER)
    await store.subscribe("discord", "555", "de", ChatKind.CHANNEL)
    await store.subscribe("telegram", "103", "fr", ChatKind.USER)
    [refused] = await say(core, "/announce", user="9")
    assert refused.text == core.services.i18n.format("en", "announce-not-allowed")

    await store.grant_role("telegram", "9", "liaison", ("de",))
    [ask_text] = await say(core, "/announce", user="9", tag="de")  # one language: no question
    assert "1,000" in ask_text.text or "1.000" in ask_text.text
    [ask_link] = await say(core, "Salon am Samstag! <b>@everyone</b>", user="9", tag="de")
    assert ask_link.text == core.services.i18n.format("de", "announce-ask-link")
    [bad] = await say(core, "javascript:alert(1)", user="9", tag="de")
    assert bad.text == core.services.i18n.format("de", "announce-bad-link")
    [preview] = await say(core, "https://example.org/salon", user="9", tag="de")
    assert "Salon am Samstag! <b>@everyone</b>" in preview.text
    assert "Telegram 2, Discord 1" in preview.text
    [queued] = await say(core, action=button([preview], ActionKind.ANNOUNCE_SEND), user="9",
                         tag="de")
    assert queued.text == core.services.i18n.format("de", "announce-queued", {"count": 3})
    due = await store.due("telegram", "9999", 10) + await store.due("discord", "9999", 10)
    assert {d.chat_id for d in due} == {"101", "102", "555"}  # not the fr subscriber
    assert all("https://example.org/salon" in d.body for d in due)
    assert await say(core, action=button([preview], ActionKind.ANNOUNCE_SEND), user="9") != []
    assert len(await store.due("telegram", "9999", 10)) == 2  # a second press sends nothing more
    log = await store.audit_log()
    assert log[0][1:3] == ("telegram:9", "announce")
    await store.close()


async def test_a_liaison_for_de_cannot_announce_to_fr(settings: Settings, texts: Texts) -> None:
    core = await bootstrap(settings, texts=texts)
    store = core.services.store
    await store.grant_role("telegram", "9", "liaison", ("de", "es"))
    menu = await say(core, "/announce", user="9")
    with pytest.raises(AssertionError):
        button(menu, ActionKind.ANNOUNCE_LANGUAGE, "fr")  # not offered
    [forged] = await say(core, action="p1:al:fr:", user="9")
    assert forged.text == core.services.i18n.format("en", "error-button-expired")
    with pytest.raises(announce.NotAllowed):
        await announce.enqueue(store, core.services.i18n, "telegram:9", frozenset({"de", "es"}),
                               {"fr": "Bonjour"}, "", "2000-01-01T00:00:00Z")
    await store.close()


async def test_a_liaison_adds_an_event_in_chat(settings: Settings, texts: Texts) -> None:
    core = await bootstrap(settings, texts=texts)
    store = core.services.store
    [refused] = await say(core, "/events add", user="9")
    assert refused.text == core.services.i18n.format("en", "events-not-allowed")
    await store.grant_role("telegram", "9", "liaison", ("pt", "pt-BR"))
    [ask] = await say(core, "/events add", user="9", tag="pt-br")
    assert ask.text == core.services.i18n.format("pt-BR", "events-ask-title")
    await say(core, "Salão de Estratégia em Lisboa", user="9", tag="pt-br")
    [bad] = await say(core, "amanhã às seis", user="9", tag="pt-br")
    assert bad.text == core.services.i18n.format("pt-BR", "events-bad-when")
    [zone] = await say(core, "2099-06-10 19:30", user="9", tag="pt-br")
    [wrong] = await say(core, "Lisbon", user="9", tag="pt-br")
    assert "Lisbon" in wrong.text
    [link] = await say(core, "Europe/Lisbon", user="9", tag="pt-br")
    [done] = await say(core, action=button([link], ActionKind.EVENT_NO_LINK), user="9",
                       tag="pt-br")
    assert "2099" in done.text and "Europe/Lisbon" in done.text and "19:30" in done.text
    [event] = [e for e in await store.upcoming_events("2000") if e.created_by == "telegram:9"]
    assert event.starts_at == "2099-06-10T18:30:00Z" and event.languages == ("pt", "pt-BR")
    [listed] = await say(core, "/events", user="10", tag="pt")
    assert "Salão de Estratégia em Lisboa" in listed.text and "junho de 2099" in listed.text
    assert zone.buttons  # Skip for UTC was offered
    await store.close()
