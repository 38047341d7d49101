"""Every locale in a real conversation: the right language, the right script, the seed's facts."""

from __future__ import annotations

import re

import pytest

from bot.core import Core
from bot.languages import LOCALES
from bot.types import Incoming

SCRIPTS = {
    "ar": "[\u0600-\u06ff]", "fa": "[\u0600-\u06ff]", "ug": "[\u0600-\u06ff]",
    "hi": "[\u0900-\u097f]", "th": "[\u0e00-\u0e7f]", "ja": "[\u3040-\u30ff]",
    "zh-Hans": "[\u4e00-\u9fff]", "ru": "[\u0400-\u04ff]",
}


async def say(core: Core, text: str, tag: str | None, user: str = "1") -> list[str]:
    replies = await core.handle(Incoming("console", user, user, text=text, locale_tag=tag))
    return [core.render(r).text for r in replies]


@pytest.mark.parametrize("code", LOCALES)
async def test_each_locale_greets_in_its_language_with_the_facts(core: Core, code: str) -> None:
    [greeting] = await say(core, "/start", code)
    english = core.services.i18n.format("en", "start-greeting")
    assert (greeting == english) == (code == "en")
    [salon] = await say(core, "/salon", code)
    assert "44" in salon and "12" in salon
    [grants] = await say(core, "/faq", code)
    if code in SCRIPTS:
        assert re.search(SCRIPTS[code], greeting) and re.search(SCRIPTS[code], grants)


@pytest.mark.parametrize(("tag", "code"), [("pt-br", "pt-BR"), ("zh-TW", "zh-Hans"),
                                           ("es-419", "es"), ("tlh", "en"), (None, "en")])
async def test_platform_tags_pick_the_language(core: Core, tag: str | None, code: str) -> None:
    [reply] = await core.handle(Incoming("console", "5", "5", text="/help", locale_tag=tag))
    assert reply.locale == code


@pytest.mark.parametrize(("code", "question", "fact"), [
    ("ar", "كم عدد منح صالونات الاستراتيجية؟", "44"),
    ("ja", "次のフェーズはいつ始まりますか", "1月"),
    ("zh-Hans", "下一阶段什么时候开始", "月"),
    ("de", "Wann startet die nächste Phase?", "Januar"),
    ("ru", "Когда начнётся следующий этап?", "январ"),
    ("es", "¿Cuántas becas para salones se aprobaron?", "44"),
    ("hi", "सैलून के लिए कितने अनुदान मिले?", "44"),
])
async def test_questions_are_answered_in_the_users_language(
    core: Core, code: str, question: str, fact: str
) -> None:
    [answer] = await say(core, question, code, user="9")
    assert fact in answer


@pytest.mark.parametrize("code", ["ar", "fa", "ug", "ja", "zh-Hans", "th"])
async def test_liaison_routes_in_rtl_and_cjk(core: Core, code: str) -> None:
    [text] = await say(core, "/liaison", code, user="7")
    links = core.services.content.links
    if core.services.content.liaison_for(code) is None:
        assert links["specialist"] in text and links["volunteer"] in text
    else:
        assert "Participate/" in text
