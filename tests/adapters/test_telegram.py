"""The Telegram adapter: python-telegram-bot's real Application against a fake Bot API server."""

from __future__ import annotations

import asyncio
import html
import time
from typing import Any

from bot import actions
from bot.core import Core
from bot.serve import Server
from bot.types import ActionKind, Rendered, Shown
from tests.adapters.fake_telegram import FakeTelegram, too_many_requests

Running = tuple[FakeTelegram, Core, Server]


def buttons(call: Any) -> list[tuple[str, str]]:
    markup = call.params.get("reply_markup") or {"inline_keyboard": []}
    return [(b["text"], b.get("callback_data") or b.get("url")) for row in markup["inline_keyboard"]
            for b in row]


def data_for(call: Any, kind: ActionKind, arg: str = "") -> str:
    for _, data in buttons(call):
        if data and not data.startswith("http"):
            action = actions.decode(data)
            if action.kind is kind and (not arg or action.arg == arg):
                return data
    raise AssertionError(f"no {kind} {arg} in {buttons(call)}")


def last_shown(fake: FakeTelegram, chat: int) -> Any:
    shown = [c for c in fake.calls if c.method in ("sendMessage", "editMessageText")
             and str(c.params.get("chat_id")) == str(chat)]
    return shown[-1]


async def test_start_in_five_languages(running: Running) -> None:
    fake, core, _ = running
    for user, lang, locale in ((11, "ar", "ar"), (12, "ja", "ja"), (13, "de", "de"),
                               (14, "pt-br", "pt-BR"), (15, "ru", "ru")):
        await fake.say(user, "/start", lang=lang)
        [call] = await fake.wait_for(1, chat=user)
        expected = core.services.i18n.format(locale, "start-greeting")
        assert call.params["text"] == html.escape(expected, quote=False)
        assert call.params["parse_mode"] == "HTML"
        labels = [label for label, _ in buttons(call)]
        assert core.services.i18n.format(locale, "menu-faq") in labels
        assert all(len(d.encode()) <= 64 for _, d in buttons(call))


async def test_commands_registered_per_language_and_scope(running: Running) -> None:
    fake, core, _ = running
    calls = fake.sent("setMyCommands")
    scopes = {(c.params["scope"]["type"], c.params.get("language_code")) for c in calls}
    assert ("all_private_chats", None) in scopes and ("all_group_chats", "de") in scopes
    assert ("all_private_chats", "zh") in scopes and ("all_private_chats", "pt") in scopes
    german = next(c for c in calls if c.params.get("language_code") == "de"
                  and c.params["scope"]["type"] == "all_private_chats")
    names = {c["command"]: c["description"] for c in german.params["commands"]}
    assert names["faq"] == core.services.i18n.format("de", "cmd-faq") and "survey" in names
    group = next(c for c in calls if c.params["scope"]["type"] == "all_group_chats")
    assert "survey" not in {c["command"] for c in group.params["commands"]}


async def test_buttons_edit_the_message_they_are_on(running: Running) -> None:
    fake, _, _ = running
    await fake.say(20, "/start")
    [greeting] = await fake.wait_for(1, chat=20)
    await fake.press(20, data_for(greeting, ActionKind.COMMAND, "faq"), message_id=500)
    [edit] = await fake.wait_for(1, "editMessageText", chat=20)
    assert int(edit.params["message_id"]) == 500 and "topics" in edit.params["text"]
    await fake.wait_for(1, "answerCallbackQuery")
    await fake.press(20, data_for(edit, ActionKind.FAQ, "salon-grants"), message_id=500)
    edits = await fake.wait_for(2, "editMessageText", chat=20)
    assert "44" in edits[-1].params["text"]


async def test_whole_survey_in_a_private_chat(running: Running) -> None:
    fake, core, _ = running
    user = 30
    await fake.say(user, "/survey", lang="es")
    await fake.wait_for(2, chat=user)  # the intro, then the first question
    steps = [(ActionKind.ANSWER, "editor"), (ActionKind.PICK, "diversity"), (ActionKind.DONE, ""),
             (ActionKind.ANSWER, "3"), (ActionKind.PICK, "wiki"), (ActionKind.DONE, "")]
    for number, (kind, arg) in enumerate(steps, 1):
        await fake.press(user, data_for(last_shown(fake, user), kind, arg), message_id=700,
                         lang="es")
        await fake.wait_for(number, "answerCallbackQuery")
        await fake.wait_for(number, "editMessageText", chat=user)
    await fake.say(user, "Más traducciones <script>alert(1)</script>", lang="es")
    await fake.wait_for(3, chat=user)
    await fake.press(user, data_for(last_shown(fake, user), ActionKind.ANSWER, "yes"),
                     message_id=701, lang="es")
    await fake.wait_for(4, chat=user)
    assert core.services.i18n.format("es", "survey-thanks") in last_shown(fake, user).params["text"]
    [response] = await core.services.store.list_responses("survey")
    assert response.language == "es" and response.answers["areas"] == ["diversity"]
    assert response.answers["change"] == "Más traducciones <script>alert(1)</script>"


async def test_groups(running: Running) -> None:
    fake, core, _ = running
    group = -1001
    await fake.say(40, "hello everyone", chat=group, chat_type="supergroup")
    await fake.say(40, "/faq@some_other_bot", chat=group, chat_type="supergroup")
    await fake.say(40, "/faq@participate_bot", chat=group, chat_type="supergroup")
    [topics] = await fake.wait_for(1, chat=group)
    assert "topics" in topics.params["text"]
    await fake.say(40, "/survey", chat=group, chat_type="supergroup")
    [_, refused] = await fake.wait_for(2, chat=group)
    assert ("Open a private chat", "https://t.me/participate_bot?start=survey") in buttons(refused)
    await fake.say(40, "/language de", chat=group, chat_type="supergroup")
    await fake.wait_for(3, chat=group)
    assert await core.services.store.get_chat_language("telegram", str(group)) is None
    fake.admins.add((group, 41))
    await fake.say(41, "/language de", chat=group, chat_type="supergroup")
    await fake.wait_for(4, chat=group)
    assert await core.services.store.get_chat_language("telegram", str(group)) == "de"
    await fake.say(40, "/help", chat=group, chat_type="supergroup")
    [*_, german] = await fake.wait_for(5, chat=group)
    assert german.params["text"].startswith(html.escape(
        core.services.i18n.format("de", "help-text", {"commands": ""}).split("\n")[0]))
    assert len(fake.sent(chat=group)) == 5  # chatter and the other bot's command: no answer


async def test_forged_and_stale_buttons_are_answered_in_the_notice(running: Running) -> None:
    fake, core, _ = running
    await fake.press(50, "p1:fy::forged", message_id=900, lang="fr")
    [notice] = await fake.wait_for(1, "answerCallbackQuery")
    assert notice.params["text"] == core.services.i18n.format("fr", "error-button-expired")
    assert notice.params["show_alert"] in (True, "true", "True")
    await fake.press(50, "x" * 64, message_id=900)
    await fake.wait_for(2, "answerCallbackQuery")
    assert fake.sent(chat=50) == [] and fake.sent("editMessageText") == []


async def test_a_429_is_waited_out(running: Running) -> None:
    fake, _, _ = running
    fake.failures["sendMessage"] = [too_many_requests(1)]
    await fake.say(60, "/help")
    calls = await fake.wait_for(2, chat=60)  # the refused try and the retry
    assert calls[1].at - calls[0].at >= 1.0
    assert "/faq" in calls[1].params["text"]


async def test_a_long_reply_is_split_at_paragraphs(running: Running) -> None:
    fake, _, server = running
    adapter = server.adapters["telegram"]
    paragraphs = [f"Paragraph {i}: " + "word " * 150 for i in range(12)]  # about 9,200 chars
    reply = Rendered("\n\n".join(paragraphs), "en", False, ((Shown("OK", "p1:c:help:"),),))
    await adapter.send(70, reply)
    calls = fake.sent(chat=70)
    assert len(calls) == 3 and all(len(c.params["text"]) <= 4096 for c in calls)
    assert all(c.params["text"].startswith("Paragraph") for c in calls)
    assert [bool(c.params.get("reply_markup")) for c in calls] == [False, False, True]
    assert "".join(c.params["text"] for c in calls).count("Paragraph") == 12


async def test_blocked_users_become_unreachable(running: Running) -> None:
    fake, core, _ = running
    fake.blocked.add(80)
    await fake.say(80, "/help")
    await fake.wait_for(1, chat=80)
    deadline = time.monotonic() + 10
    while await core.services.store.is_reachable("telegram", "80") and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert not await core.services.store.is_reachable("telegram", "80")
    await fake.push({"my_chat_member": {
        "chat": {"id": 81, "type": "private"}, "from": {"id": 81, "is_bot": False,
                                                         "first_name": "U"},
        "date": int(time.time()),
        "old_chat_member": {"status": "member", "user": {"id": 4242, "is_bot": True,
                                                         "first_name": "P"}},
        "new_chat_member": {"status": "kicked", "until_date": 0,
                            "user": {"id": 4242, "is_bot": True, "first_name": "P"}},
    }})
    deadline = time.monotonic() + 10
    while await core.services.store.is_reachable("telegram", "81") and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert not await core.services.store.is_reachable("telegram", "81")


async def test_other_updates_are_handled_gracefully(running: Running) -> None:
    fake, core, _ = running
    now = int(time.time())
    user = {"id": 90, "is_bot": False, "first_name": "U", "language_code": "hi"}
    chat = {"id": 90, "type": "private"}
    await fake.push({"message": {"message_id": 1, "date": now, "chat": chat, "from": user,
                                 "sticker": {"file_id": "s", "file_unique_id": "s", "type":
                                             "regular", "width": 1, "height": 1,
                                             "is_animated": False, "is_video": False}}})
    [answer] = await fake.wait_for(1, chat=90)
    assert answer.params["text"] == html.escape(
        core.services.i18n.format("hi", "error-unsupported"), quote=False)
    await fake.push({"edited_message": {"message_id": 1, "date": now, "edit_date": now,
                                        "chat": chat, "from": user, "text": "/help"}})
    await fake.push({"channel_post": {"message_id": 2, "date": now, "text": "/help",
                                      "chat": {"id": -100200, "type": "channel"}}})
    await fake.say(90, "/language <b>x</b>&", lang="hi")
    [_, escaped] = await fake.wait_for(2, chat=90)
    assert "&lt;b&gt;x&lt;/b&gt;&amp;" in escaped.params["text"]
    assert len(fake.sent(chat=90)) == 2 and fake.sent(chat=-100200) == []


async def test_admins_are_notified_on_telegram(running: Running) -> None:
    fake, core, _ = running
    await core.services.store.set_language("telegram", "900", "pl")
    user = 95
    await fake.say(user, "/volunteer", lang="id")
    await fake.wait_for(2, chat=user)
    await fake.say(user, "Wikimedia Indonesia", lang="id")
    await fake.wait_for(3, chat=user)
    await fake.press(user, data_for(last_shown(fake, user), ActionKind.ANSWER, "id"),
                     message_id=1, lang="id")
    await fake.wait_for(1, "editMessageText", chat=user)
    await fake.say(user, "User:Contoh", lang="id")
    await fake.wait_for(4, chat=user)
    await fake.press(user, data_for(last_shown(fake, user), ActionKind.VOLUNTEER_SEND),
                     message_id=2, lang="id")
    [notice] = await fake.wait_for(1, chat=900)
    assert "Wikimedia Indonesia" in notice.params["text"]
    assert notice.params["text"].startswith(html.escape(
        core.services.i18n.format("pl", "volunteer-notify", {"group": "G", "language": "L",
                                                              "contact": "C", "platform": "P"}
                                  ).split("\n")[0], quote=False))


async def test_results_arrive_as_a_photo_with_a_caption(running: Running) -> None:
    fake, core, _ = running
    from storage import Response

    await core.services.store.save_response(Response("survey", "r1", "de", {
        "role": "editor", "areas": ["advocacy"], "involved": "5", "ways": ["wiki"],
        "change": "x", "consent": "no"}))
    await fake.say(900, "/results", lang="de")  # 900 is an admin (BOT_ADMINS)
    [photo] = await fake.wait_for(1, "sendPhoto", chat=900)
    assert photo.params["photo"].startswith(b"\x89PNG")
    assert photo.params["caption"] == html.escape(core.services.i18n.format(
        "de", "results-caption", {"languages": core.services.i18n.format(
            "de", "results-all-languages"), "count": 1}), quote=False)
