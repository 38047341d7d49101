"""Every update gets an answer an adapter can send: a reply that cannot be rendered becomes the
localized error (never nothing), and `check` refuses content whose buttons could not carry
their ids."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest

from bot import actions
from bot.check import run_check
from bot.core import Core
from bot.settings import Settings
from bot.types import Action, Incoming


async def test_a_reply_that_cannot_be_rendered_becomes_the_error(
        core: Core, monkeypatch: pytest.MonkeyPatch) -> None:
    encode = actions.encode

    def refusing(action: Action) -> str:
        if action.arg == "salon-what":  # as if a content id did not fit in button data
            raise ValueError("action data too long")
        return encode(action)

    monkeypatch.setattr("bot.core.actions.encode", refusing)
    answer = await core.respond(Incoming("console", "5", "5", text="/faq", locale_tag="de"))
    assert [r.text for r in answer.mine] == [core.services.i18n.format("de", "error-generic")]
    assert not answer.expired and answer.others == []


async def test_an_expired_button_is_flagged_not_recognised_by_its_text(core: Core) -> None:
    answer = await core.respond(Incoming("console", "5", "5", action="p1:fy::gone",
                                         locale_tag="ar"))
    assert answer.expired and answer.mine[0].personal
    assert answer.mine[0].text == core.services.i18n.format("ar", "error-button-expired")


def test_check_refuses_ids_that_a_button_cannot_carry(tmp_path: Path) -> None:
    """Question and option ids of 31 letters each are allowed one by one, but together they
    make 69 bytes of button data: more than Telegram's 64."""
    settings = Settings.from_env({}, dotenv=tmp_path / "none.env")
    content = settings.content_file.read_text(encoding="utf-8")
    question, option = "a" * 31, "b" * 31
    changed = content.replace('id = "areas"', f'id = "{question}"', 1).replace(
        '"advocacy"', f'"{option}"', 1)
    assert changed.count(question) == 1 and changed.count(option) == 1
    (tmp_path / "content.toml").write_text(changed, encoding="utf-8")
    out = io.StringIO()
    failed = run_check(dataclasses.replace(settings, content_file=tmp_path / "content.toml"),
                       out)
    assert failed != 0
    assert f"flow survey: a button cannot carry '{option}'" in out.getvalue()


def test_check_warns_of_entries_with_few_examples(tmp_path: Path) -> None:
    """An entry with few example questions in a locale is understood less well there: `check`
    says so (a warning: the bot still runs), naming the locale and the entry."""
    import shutil
    import tomllib

    settings = Settings.from_env({}, dotenv=tmp_path / "none.env")
    locales = tmp_path / "locales"
    shutil.copytree(settings.locales_dir, locales)
    path = locales / "de" / "faq-examples.toml"
    examples = tomllib.loads(path.read_text(encoding="utf-8"))
    kept = "\n".join(f'"{q}",' for q in examples["phase"][:3])
    text = path.read_text(encoding="utf-8")
    start = text.index("phase = [")
    path.write_text(text[:start] + f"phase = [\n{kept}\n]\n" + text[text.index("]", start) + 2:],
                    encoding="utf-8")
    out = io.StringIO()
    assert run_check(dataclasses.replace(settings, locales_dir=locales), out) == 0
    assert ("de/faq-examples.toml: fewer than 10 example questions for phase"
            in out.getvalue())
    assert "fr/faq-examples.toml" not in out.getvalue()
