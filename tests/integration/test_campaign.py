"""Discussion results handed in step by step and exported, and a monthly report whose numbers
are those of a scripted month: through the core, the real store and the real command line."""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path

from bot import announce
from bot.bootstrap import Texts, bootstrap
from bot.broadcast import SENT, Outcome, Worker
from bot.core import Core
from bot.pacing import Budget
from bot.settings import Settings
from bot.types import ActionKind
from storage import ChatKind, Delivery
from tests.integration.test_survey_cli import cli
from tests.unit.test_tickets import Person, queued

CONCLUSIONS = "=HYPERLINK(\"x\") Mehr Übersetzungen;\nund ein Treffen im Frühjahr"


async def opened(tmp_path: Path, texts: Texts) -> tuple[Core, Path]:
    db = tmp_path / "campaign.sqlite3"
    settings = Settings.from_env({"DATABASE_URL": f"sqlite:///{db}",
                                  "BOT_ADMINS": "telegram:999"}, dotenv=tmp_path / "none.env")
    return await bootstrap(settings, texts=texts), db


async def share(person: Person) -> None:
    await person.send("/share")
    await person.send("Wikimedia-Stammtisch Köln")
    await person.press(ActionKind.ANSWER, "de")
    await person.send("gestern")
    assert "2026-11-28" in person.text  # a date is asked again, with its form
    await person.send("28.11.2026")
    await person.send("zwölf")
    await person.send("12")
    await person.press(ActionKind.PICK, "advocacy")
    await person.press(ActionKind.PICK, "health")
    await person.press(ActionKind.DONE)
    await person.send(CONCLUSIONS)
    await person.send("http://example.org/not-https")
    await person.send("https://meta.wikimedia.org/wiki/Stammtisch_K%C3%B6ln")


async def test_discussion_results_flow_notice_list_and_export(
        tmp_path: Path, texts: Texts) -> None:
    core, db = await opened(tmp_path, texts)
    store = core.services.store
    await store.grant_role("telegram", "81", "liaison", ("de",))
    member = Person(core, "telegram", "80", "de")
    await share(member)
    assert "Wikimedia-Stammtisch Köln" in member.text and "12" in member.text  # the preview
    assert "Interessenvertretung" in member.text  # the themes in the member's language
    await member.press(ActionKind.SHARE_SEND)
    assert "#1" in member.text
    [notice] = await queued(core, "telegram", "81")
    assert "Wikimedia-Stammtisch Köln" in notice.body and "80" not in notice.body
    liaison = Person(core, "telegram", "81", "de")
    await liaison.send("/discussions")
    assert "Wikimedia-Stammtisch Köln" in liaison.text and "2026-11-28" in liaison.text
    stranger = Person(core, "telegram", "82", "de")
    await stranger.send("/discussions")
    assert stranger.text == core.services.i18n.format("de", "discussions-not-allowed")
    await store.close()

    exported = cli(db, "discussions", "export", "--format", "csv")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith("\ufeff")  # spreadsheets read it as UTF-8
    [row] = list(csv.DictReader(io.StringIO(exported.stdout.lstrip("\ufeff"))))
    assert row["conclusions"] == "'" + CONCLUSIONS  # never run as a formula
    assert (row["group"], row["language"], row["date"], row["participants"], row["themes"]) == (
        "Wikimedia-Stammtisch Köln", "de", "2026-11-28", "12", "advocacy;health")
    as_json = cli(db, "discussions", "export", "--format", "json")
    [item] = json.loads(as_json.stdout)
    assert item["conclusions"] == CONCLUSIONS and item["themes"] == ["advocacy", "health"]
    assert item["link"] == "https://meta.wikimedia.org/wiki/Stammtisch_K%C3%B6ln"
    assert "80" not in json.dumps({k: v for k, v in item.items() if k != "participants"})


async def send_all(core: Core, outcomes: dict[str, Outcome]) -> None:
    """The queue drained by a real worker; each chat answers as `outcomes` says."""
    async def send(delivery: Delivery) -> Outcome:
        return outcomes.get(delivery.chat_id, SENT)

    worker = Worker(core.services.store, "telegram", send, Budget(1000.0), idle=0.05)
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run(stop))
    for _ in range(100):
        await asyncio.sleep(0.05)
        counts = await core.services.store.queue_counts()
        if not counts:
            break
    stop.set()
    await task


def numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


async def test_a_scripted_month_is_what_the_report_counts(tmp_path: Path, texts: Texts) -> None:
    core, db = await opened(tmp_path, texts)
    store = core.services.store
    await store.grant_role("telegram", "91", "liaison", ("de",))
    de_one, de_two = Person(core, "telegram", "90", "de"), Person(core, "telegram", "92", "de")
    french = Person(core, "telegram", "93", "fr")
    await de_one.send("Was ist ein Strategy Salon?")  # answered
    await de_one.send("Wo kann ich mein Fahrrad reparieren?")  # unanswered
    await de_one.send("/ask Wer hilft uns beim Einladen?")
    await de_one.press(ActionKind.SKIP)
    liaison = Person(core, "telegram", "91", "de")
    await liaison.send("/reply 1 Ich!")
    await de_two.send("Wo kann ich mein Fahrrad reparieren?")  # unanswered
    await de_two.send("/subscribe")
    await french.send("Où réparer mon vélo ?")  # unanswered
    await french.send("/subscribe")
    await store.subscribe("telegram", "94", "de", ChatKind.USER)  # will have blocked the bot
    await announce.enqueue(store, core.services.i18n, "cli", None,
                           {"de": "Treffen am Freitag", "fr": "Réunion vendredi"}, "",
                           datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    await send_all(core, {"94": Outcome("blocked", "403")})
    month = datetime.now(UTC).strftime("%Y-%m")
    await store.close()

    everyone = cli(db, "report", "--month", month)
    assert everyone.returncode == 0, everyone.stderr
    lines = everyone.stdout.splitlines()
    assert numbers(lines[1]) == [4] and numbers(lines[2]) == [4]  # new, active: 4 people
    assert numbers(lines[3]) == [1, 3, 0]  # FAQ answered, unanswered, did-you-mean
    assert numbers(lines[4]) == [0] and numbers(lines[5]) == [0]  # survey, discussions
    assert numbers(lines[6])[:2] == [1, 1]  # one ticket asked, one answered
    # Two announcements (de, fr); sent: the ticket to the liaison, the answer to the member,
    # the announcement to 92 (de) and 93 (fr); skipped: 94, who blocked the bot.
    assert numbers(lines[7]) == [2, 4, 1, 0]
    german = cli(db, "report", "--month", month, "--lang", "de", "--chart",
                 str(tmp_path / "r.png"))
    assert numbers(german.stdout.splitlines()[3]) == [1, 2, 0]
    assert (tmp_path / "r.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert cli(db, "report", "--month", "2026-13").returncode == 2


async def test_report_in_chat_for_liaisons_only(tmp_path: Path, texts: Texts) -> None:
    core, _ = await opened(tmp_path, texts)
    await core.services.store.grant_role("telegram", "71", "liaison", ("de",))
    liaison = Person(core, "telegram", "71", "de")
    month = datetime.now(UTC).strftime("%Y-%m")
    [shown] = await liaison.send(f"/report {month}")
    assert shown.image is not None and shown.image[:4] == b"\x89PNG"
    assert month in shown.text and "Deutsch" in shown.text
    await liaison.send("/report November")
    assert liaison.text == core.services.i18n.format("de", "report-bad-month",
                                                     {"month": "November"})
    nobody = Person(core, "telegram", "72", "de")
    await nobody.send("/report")
    assert nobody.text == core.services.i18n.format("de", "report-not-allowed")
    await core.services.store.close()
    assert dataclasses.is_dataclass(shown)
