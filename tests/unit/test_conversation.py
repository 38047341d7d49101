"""Conversations through the console adapter and the real core, on a real SQLite file."""

from __future__ import annotations

from typing import Any

from bot import actions
from bot.bootstrap import bootstrap
from bot.core import MAX_INPUT, Core
from bot.settings import Settings
from bot.types import Action, ActionKind, Incoming


def incoming(**fields: Any) -> Incoming:
    base: dict[str, Any] = dict(platform="telegram", chat_id="5", user_id="5", locale_tag="en")
    base.update(fields)
    return Incoming(**base)


async def test_start_shows_the_menu(chat: Any) -> None:
    user = chat()
    [reply] = await user.say("/start")
    assert "Participate bot" in reply.text
    labels = [label for row in reply.buttons for label, *_ in row]
    assert labels[:3] == ["Questions and answers", "My liaison", "Host a Strategy Salon"]
    assert all(len(data.encode()) <= 64 for row in reply.buttons for _, data, *_ in row)


async def test_menu_button_then_topic_button(chat: Any) -> None:
    user = chat()
    await user.say("/start")
    [topics] = await user.say("1")
    assert len([b for row in topics.buttons for b in row]) >= 12
    [answer] = await user.say("2")  # the grants entry
    assert "44" in answer.text and "12" in answer.text


async def test_free_text_question_is_answered(chat: Any) -> None:
    text = await chat().text("When does the next phase of conversations begin?")
    assert "January" in text


async def test_faq_with_question_and_no_match(chat: Any) -> None:
    user = chat()
    assert "44" in await user.text("/faq how many salon grants were approved")
    [reply] = await user.say("/faq what is the capital of Peru")
    assert reply.text.startswith("I could not find an answer")
    assert "/liaison" in reply.text and len(reply.buttons) >= 12


async def test_language_by_button_and_by_code(chat: Any, core: Core) -> None:
    user = chat(user="8")
    [menu] = await user.say("/language")
    labels = [label for row in menu.buttons for label, *_ in row]
    assert "Deutsch" in labels and "العربية" in labels and len(labels) == 21
    [done] = await user.say(str(labels.index("Deutsch") + 1))
    assert done.locale == "de"
    assert await core.services.store.get_language("console", "8") == "de"
    [done] = await user.say("/language pt-br")
    assert done.locale == "pt-BR"
    [unknown] = await user.say("/language klingon")
    assert "klingon" in unknown.text and "zh-Hans" in unknown.text


async def test_deep_links(chat: Any, core: Core) -> None:
    [reply] = await chat(user="9").say("/start lang-ja")
    assert reply.locale == "ja"
    assert await core.services.store.get_language("console", "9") == "ja"
    [topics] = await chat(user="10").say("/start faq")
    assert len(topics.buttons) >= 12
    [greeting] = await chat(user="11").say("/start lang-xx")
    assert "Participate bot" in greeting.text


async def test_liaison_for_a_liaison_language_and_for_others(chat: Any) -> None:
    [de] = await chat(user="20", lang="de").say("/liaison")
    assert "Participate/de" in de.text
    [eo] = await chat(user="21", lang="eo").say("/liaison")
    assert "Organizational_Strategy_Liaisons" in eo.text and "Contact" in eo.text
    [pt_br] = await chat(user="22", lang="pt-br").say("/liaison")
    assert "Participate/pt-br" in pt_br.text


async def test_forget_needs_confirmation_and_deletes(chat: Any, core: Core) -> None:
    user = chat(user="30")
    await user.say("/language fr")
    [ask] = await user.say("/forget")
    assert len(ask.buttons[0]) == 2
    [done] = await user.say("1")
    assert done.locale == "fr"
    assert await core.services.store.get_language("console", "30") is None
    assert await core.services.store.get_flow("console", "30") is None


async def test_forget_no_and_typing_keep_everything(chat: Any, core: Core) -> None:
    user = chat(user="31")
    await user.say("/language de")
    await user.say("/forget")
    await user.say("2")
    assert await core.services.store.get_language("console", "31") == "de"
    await user.say("/forget")
    [kept] = await user.say("hm, not sure")
    assert kept.text == core.services.i18n.format("de", "forget-kept")
    assert await core.services.store.get_language("console", "31") == "de"


async def test_stale_and_forged_buttons_are_answered_expired(core: Core) -> None:
    expired = core.services.i18n.format("en", "error-button-expired")
    [ask] = await core.handle(incoming(text="/forget"))
    yes = core.render(ask).buttons[0][0][1]
    await core.handle(incoming(text="/cancel"))
    for data in (yes, "p1:fy::forged", "p1:l:xx:", "p1:f:nope:", "p1:c:nope:", "garbage" * 20):
        [reply] = await core.handle(incoming(action=data))
        assert core.render(reply).text == expired
    assert await core.services.store.get_flow("telegram", "5") is None


async def test_a_confirmation_survives_a_restart(settings: Settings) -> None:
    first = await bootstrap(settings)
    await first.handle(incoming(text="/language ru"))
    [ask] = await first.handle(incoming(text="/forget"))
    yes = first.render(ask).buttons[0][0][1]
    await first.services.store.close()
    second = await bootstrap(settings)
    [done] = await second.handle(incoming(action=yes))
    assert done.text.id == "forget-done" and done.locale == "ru"
    assert done.text.args == {"count": 2}
    await second.services.store.close()


async def test_cancel(chat: Any) -> None:
    user = chat(user="40")
    assert await user.text("/cancel") == "There is nothing to cancel."
    await user.say("/forget")
    assert await user.text("/cancel") == "Stopped. Nothing is running now."


async def test_bad_input_gets_a_clear_answer(chat: Any, core: Core) -> None:
    user = chat(user="50")
    assert "at most 4,000 characters" in await user.text("x" * (MAX_INPUT + 1))
    assert "/help" in await user.text("/nosuchcommand")
    assert "/help" in await user.text("/<b>bold</b> <script>")
    assert await user.text("\x00\x07\u202e\u2068") == core.services.i18n.format(
        "en", "error-unsupported")
    [reply] = await core.handle(incoming())  # a sticker or photo: neither text nor button
    assert reply.text.id == "error-unsupported"
    # Markup is plain text: the question in it is answered, the markup is not rendered.
    answer = await user.text("how many **salon** _grants_? [x](javascript:alert(1)) <a href=x>")
    assert "44" in answer
    # A message that is mostly markup and script is not a question the FAQ answers.
    assert "could not find" in await user.text("**salon** [x](javascript:alert(1)) <a href=x>")


async def test_groups_answer_commands_and_ignore_chatter(core: Core) -> None:
    group = {"chat_id": "-100", "private": False}
    assert await core.handle(incoming(text="hello everyone, how was the salon?", **group)) == []
    [faq] = await core.handle(incoming(text="/faq", **group))
    assert faq.text.id == "faq-topics"
    [refused] = await core.handle(incoming(text="/forget", **group))
    assert refused.text.id == "error-private-only"
    assert await core.handle(incoming(text="/othercommand", **group)) == []


async def test_group_language_wins_in_groups_only(core: Core) -> None:
    await core.services.store.set_chat_language("telegram", "-100", "es")
    await core.services.store.set_language("telegram", "5", "de")
    [in_group] = await core.handle(incoming(text="/help", chat_id="-100", private=False))
    [in_private] = await core.handle(incoming(text="/help"))
    assert (in_group.locale, in_private.locale) == ("es", "de")


async def test_locale_order(core: Core) -> None:
    [tag] = await core.handle(incoming(text="/help", user_id="60", locale_tag="pt-br"))
    assert tag.locale == "pt-BR"
    [unknown] = await core.handle(incoming(text="/help", user_id="61", locale_tag="tlh"))
    assert unknown.locale == "en"
    await core.handle(incoming(text="/language hi", user_id="62", locale_tag="ar"))
    [chosen] = await core.handle(incoming(text="/help", user_id="62", locale_tag="ar"))
    assert chosen.locale == "hi"


async def test_floods_are_answered_once_then_ignored(core: Core) -> None:
    replies = [await core.handle(incoming(text="/help", user_id="70")) for _ in range(45)]
    answered = [r for r in replies if r]
    flood = [r for r in answered if r[0].text.id == "error-flood"]
    assert len(flood) == 1 and len(answered) == core.flood.limit + 1
    [other] = await core.handle(incoming(text="/help", user_id="71"))  # others unaffected
    assert other.text.id == "help-text"


async def test_help_lists_every_command_of_the_platform(chat: Any, core: Core) -> None:
    text = await chat().text("/help")
    for name in ("/start", "/faq", "/liaison", "/salon", "/discuss", "/language", "/privacy",
                 "/forget", "/cancel"):
        assert name in text
    [discord] = await core.handle(incoming(platform="discord", text="/help"))
    assert "/start" not in core.render(discord).text


async def test_salon_discuss_privacy(chat: Any) -> None:
    user = chat()
    salon = await user.text("/salon")
    assert "44" in salon and "12" in salon and "affiliates" in salon
    discuss = await user.text("/discuss")
    assert "Toolkit" in discuss and "scoping" in discuss
    assert "/forget" in await user.text("/privacy")


def test_menu_actions_round_trip() -> None:
    data = actions.encode(Action(ActionKind.COMMAND, "faq"))
    assert actions.decode(data).arg == "faq"


async def test_only_group_admins_set_the_group_language(core: Core) -> None:
    group = {"chat_id": "-100", "private": False}
    [refused] = await core.handle(incoming(text="/language de", **group))
    assert refused.text.id == "language-group-admin-only"
    assert await core.services.store.get_chat_language("telegram", "-100") is None
    [done] = await core.handle(incoming(text="/language de", chat_admin=True, **group))
    assert (done.text.id, done.locale) == ("language-group-set", "de")
    assert await core.services.store.get_chat_language("telegram", "-100") == "de"
    assert await core.services.store.get_language("telegram", "5") is None  # not the admin's own
    [menu] = await core.handle(incoming(text="/language", **group))
    press = core.render(menu).buttons[0][1][1]  # a language button pressed by a non-admin
    [again] = await core.handle(incoming(action=press, **group))
    assert again.text.id == "language-group-admin-only"


async def test_personal_commands_in_groups_offer_the_private_chat(core: Core) -> None:
    [refused] = await core.handle(incoming(text="/survey", chat_id="-100", private=False))
    [[(label, data, *_)]] = core.render(refused).buttons
    assert label == "Open a private chat" and actions.decode(data).arg == "survey"
    [in_group] = await core.handle(incoming(action=data, chat_id="-100", private=False))
    assert in_group.text.id == "error-button-expired"
    started = await core.handle(incoming(action=data))  # where no link exists: runs it
    assert [r.text.id for r in started] == ["survey-intro", "survey-step"]


async def test_one_persons_updates_run_one_at_a_time(core: Core) -> None:
    """Four presses of "Yes, delete" at once: the first deletes, the others find nothing left
    to confirm. The deletion runs on the store's worker thread, so without the per-person
    lock every press would read the pending confirmation before the first one removed it,
    and each would delete again and say so."""
    import asyncio

    await core.handle(incoming(text="/language de", user_id="80"))
    [ask] = await core.handle(incoming(text="/forget", user_id="80"))
    yes = core.render(ask).buttons[0][0][1]
    others = [core.handle(incoming(text="/help", user_id=str(90 + i))) for i in range(3)]
    results = await asyncio.gather(
        *(core.handle(incoming(action=yes, user_id="80")) for _ in range(4)), *others)
    said = [[(r.text.id, r.locale) for r in replies] for replies in results[:4]]
    assert said == [[("forget-done", "de")], *[[("error-button-expired", "en")]] * 3]
    assert results[0][0].text.args["count"] > 0
    assert all(r[0].text.id == "help-text" for r in results[4:])  # others are not held up
    assert await core.services.store.get_language("telegram", "80") is None
    assert len(core.locks) == 0  # nothing kept once everyone is served
