"""The Discord adapter: discord.py's real client against a fake gateway and REST server."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest

from bot import actions
from bot.bootstrap import Texts, bootstrap
from bot.core import Core
from bot.serve import Server
from bot.settings import Settings
from bot.types import ActionKind
from tests.adapters.fake_discord import ANNOUNCE, GUILD, FakeDiscord

Live = tuple[FakeDiscord, Core, Server]
EPHEMERAL = 1 << 6  # the message flag


@pytest.fixture
async def live(tmp_path: Path, texts: Texts) -> AsyncIterator[Live]:
    fake = FakeDiscord(token="dc.token.x")
    await fake.start()
    settings = Settings.from_env({
        "DATABASE_URL": f"sqlite:///{tmp_path / 'dc.sqlite3'}", "DISCORD_TOKEN": "dc.token.x",
        "DISCORD_API_URL": fake.api_url}, dotenv=tmp_path / "none.env")
    core = await bootstrap(settings, texts=texts)
    server = Server(core)
    server.build(settings)
    stop = asyncio.Event()
    task = asyncio.create_task(server.run(stop))
    adapter = server.adapters["discord"]
    await asyncio.wait_for(adapter.ready.wait(), 30)  # type: ignore[attr-defined]
    await asyncio.wait_for(fake.identified.wait(), 30)
    yield fake, core, server
    stop.set()
    await asyncio.wait_for(task, 30)
    await core.services.store.close()
    await fake.stop()
    assert discord.http.Route.BASE == "https://discord.com/api/v10"  # never changed by us


def content(answer: dict[str, Any]) -> str:
    return str(answer["data"].get("content", ""))


def custom_ids(answer: dict[str, Any]) -> list[str]:
    rows = answer["data"].get("components", [])
    return [c["custom_id"] for row in rows for c in row.get("components", [])]


def find(answer: dict[str, Any], kind: ActionKind, arg: str = "") -> str:
    for data in custom_ids(answer):
        if data.startswith("p1:"):
            action = actions.decode(data)
            if action.kind is kind and (not arg or action.arg == arg):
                return data
    raise AssertionError(f"no {kind} {arg} in {custom_ids(answer)}")


async def test_commands_are_synced_with_localizations(live: Live) -> None:
    fake, core, _ = live
    [sync] = [c for c in fake.calls if c.method == "PUT"]
    commands = {c["name"]: c for c in sync.body}
    assert "start" not in commands and {"menu", "setup", "survey", "faq"} <= set(commands)
    faq = commands["faq"]
    i18n = core.services.i18n
    assert faq["description_localizations"]["de"] == i18n.format("de", "cmd-faq")
    assert faq["description_localizations"]["pt-BR"] == i18n.format("pt-BR", "cmd-faq")
    assert faq["description_localizations"]["zh-CN"] == i18n.format("zh-Hans", "cmd-faq")
    assert "ar" not in faq["description_localizations"]  # Discord has no Arabic locale
    survey = commands["survey"]["name_localizations"]
    assert survey["de"] == i18n.format("de", "cmdname-survey")
    assert commands["faq"]["options"][0]["description_localizations"]["ja"] == i18n.format(
        "ja", "param-question")
    assert int(commands["setup"]["default_member_permissions"]) == 1 << 5  # Manage Server


@pytest.mark.parametrize(("locale", "code"), [("de", "de"), ("ja", "ja"), ("es-419", "es"),
                                              ("pt-BR", "pt-BR")])
async def test_a_slash_command_in_four_locales(live: Live, locale: str, code: str) -> None:
    fake, core, _ = live
    iid = await fake.slash("salon", locale=locale, guild=False)
    [answer] = await fake.wait_answers(iid)
    assert answer["type"] == 4
    assert content(answer) == core.services.i18n.format(
        code, "salon-info", {"link": core.services.content.links["salons"]})
    assert answer["data"]["allowed_mentions"] == {"parse": []}


async def test_menu_button_press_edits_the_message(live: Live) -> None:
    fake, core, _ = live
    iid = await fake.slash("menu", locale="fr", guild=False)
    [menu] = await fake.wait_answers(iid)
    press = await fake.press(find(menu, ActionKind.COMMAND, "faq"), locale="fr", guild=False)
    [edit] = await fake.wait_answers(press)
    assert edit["type"] == 7  # UPDATE_MESSAGE: the menu becomes the list of topics
    assert content(edit) == core.services.i18n.format("fr", "faq-topics")
    assert len(custom_ids(edit)) == len(core.services.content.faq)


async def test_survey_in_a_server_is_ephemeral_and_free_text_goes_through_a_modal(
    live: Live,
) -> None:
    fake, core, _ = live
    iid = await fake.slash("survey", locale="es-ES")
    intro, first = await fake.wait_answers(iid, 2)
    assert intro["data"]["flags"] == 64 and first["data"]["flags"] == 64  # only the user sees it
    steps = [(ActionKind.ANSWER, "editor"), (ActionKind.PICK, "health"), (ActionKind.DONE, ""),
             (ActionKind.ANSWER, "2"), (ActionKind.PICK, "chat"), (ActionKind.DONE, "")]
    shown = first
    for kind, arg in steps:
        press = await fake.press(find(shown, kind, arg), locale="es-ES", ephemeral=True)
        [shown] = await fake.wait_answers(press)
    [opener] = [c for c in custom_ids(shown) if c.startswith("dc:answer:")]
    press = await fake.press(opener, locale="es-ES", ephemeral=True)
    [modal] = await fake.wait_answers(press)
    assert modal["type"] == 9 and modal["data"]["custom_id"] == "dc:modal"
    submitted = await fake.submit("Más <@&123> @everyone traducciones", locale="es-ES")
    [next_step] = await fake.wait_answers(submitted)
    press = await fake.press(find(next_step, ActionKind.ANSWER, "no"), locale="es-ES",
                             ephemeral=True)
    [thanks] = await fake.wait_answers(press)
    assert content(thanks) == core.services.i18n.format("es", "survey-thanks")
    [response] = await core.services.store.list_responses("survey")
    assert response.answers["change"] == "Más <@&123> @everyone traducciones"


async def test_setup_needs_manage_server(live: Live) -> None:
    fake, core, _ = live
    options = [{"name": "language", "type": 3, "value": "de"},
               {"name": "channel", "type": 7, "value": ANNOUNCE}]
    resolved = {"channels": {ANNOUNCE: {"id": ANNOUNCE, "name": "announcements", "type": 0,
                                        "permissions": "0", "guild_id": GUILD}}}
    refused = await fake.slash("setup", manage=False, options=options, resolved=resolved)
    [answer] = await fake.wait_answers(refused)
    assert content(answer) == core.services.i18n.format("en", "setup-not-allowed")
    assert answer["data"].get("flags", 0) & EPHEMERAL  # only the one refused sees it
    assert await core.services.store.get_chat_language("discord", GUILD) is None
    allowed = await fake.slash("setup", manage=True, options=options, resolved=resolved)
    [done] = await fake.wait_answers(allowed)
    assert content(done) == core.services.i18n.format("de", "setup-done",
                                                      {"channel": f"<#{ANNOUNCE}>"})
    assert not done["data"].get("flags", 0) & EPHEMERAL  # the whole server may see this
    assert await core.services.store.get_announcements("discord", GUILD) == ANNOUNCE
    help_in_server = await fake.slash("help", locale="ja")  # the server's language now
    [text] = await fake.wait_answers(help_in_server)
    assert content(text).startswith(core.services.i18n.format("de", "help-text", {
        "commands": ""}).split("\n")[0])


async def test_a_forged_custom_id_is_refused(live: Live) -> None:
    fake, core, _ = live
    press = await fake.press("p1:fy::forged", locale="hi", guild=False)
    [answer] = await fake.wait_answers(press)
    assert answer["type"] == 4 and answer["data"]["flags"] == 64
    assert content(answer) == core.services.i18n.format("hi", "error-button-expired")
    opener = await fake.press("dc:answer:99999", guild=False)
    [refused] = await fake.wait_answers(opener)
    assert content(refused) == core.services.i18n.format("en", "error-button-expired")


async def test_results_chart_arrives_deferred_or_not(live: Live) -> None:
    fake, core, _ = live
    from storage import Response

    await core.services.store.save_response(Response("survey", "r1", "de", {
        "role": "editor", "areas": ["advocacy"], "involved": "5", "ways": ["wiki"],
        "change": "x", "consent": "no"}))
    await core.services.store.grant_role("discord", "5", "liaison", ("de",))
    iid = await fake.slash("results", user=5, locale="de")
    answers = await fake.wait_answers(iid)
    if answers[0]["type"] == 5:  # deferred: the chart follows as a follow-up
        answers = await fake.wait_answers(iid, 2)
    final = answers[-1]
    assert final["data"].get("files") or final.get("data", {}).get("attachments")
    assert content(final) == core.services.i18n.format("de", "results-caption", {
        "languages": "Deutsch", "count": 1})


async def test_an_admin_notice_goes_out_as_a_direct_message(live: Live) -> None:
    fake, _, server = live
    from bot.types import Rendered, UserKey

    notice = Rendered("New sign-up <@&1> @everyone", "en", False, to=UserKey("discord", "42"))
    await server.deliver(notice)
    [dm] = [c for c in fake.calls if c.path.startswith("/channels/") and c.method == "POST"]
    assert dm.body["content"] == "New sign-up <@&1> @everyone"
    assert dm.body["allowed_mentions"] == {"parse": []}


async def test_more_than_25_buttons_go_in_more_messages(live: Live) -> None:
    """Thirty FAQ topics: 25 buttons under the text, five in a second message; none dropped,
    and every message within Discord's limits (the fake refuses more, as Discord does)."""
    fake, core, _ = live
    shipped = core.services.content
    core.services = dataclasses.replace(
        core.services, content=dataclasses.replace(shipped, faq=shipped.faq * 2))
    iid = await fake.slash("faq", guild=False)
    first, second = await fake.wait_answers(iid, 2)
    custom_ids = [item["custom_id"] for answer in (first, second)
                  for row in answer["data"]["components"] for item in row["components"]]
    assert len(custom_ids) == 30 == 2 * len(shipped.faq)
    assert [len(row["components"]) for row in first["data"]["components"]] == [5] * 5
    assert content(first) == core.services.i18n.format("en", "faq-topics")
