"""Survey export, stats and chart, roles and sign-ups, through the real command line."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

from matplotlib import image as mpimg

from bot.bootstrap import Texts, bootstrap
from bot.settings import Settings
from bot.survey_report import chart_png, labels
from storage import Response

PEOPLE = [
    ("ar", {"role": "affiliate", "areas": ["advocacy", "health"], "involved": "4",
            "ways": ["salon"], "host": "yes", "youth": None, "change": "ترجمة أكثر، \"رجاءً\"",
            "consent": "yes"}),
    ("ja", {"role": "editor", "areas": ["product"], "involved": "2", "ways": ["wiki", "chat"],
            "change": "翻訳を増やす,\nそして改行", "consent": "no"}),
    ("de", {"role": "new", "areas": ["roles", "revenue"], "involved": "5", "ways": ["group"],
            "change": "=SUM(A1:A9)", "consent": "no"}),
]


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"TELEGRAM_TOKEN", "DISCORD_TOKEN"}}
    env["DATABASE_URL"] = f"sqlite:///{db}"
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True,
                          env=env, cwd=db.parent, timeout=120, check=False)


async def filled(tmp_path: Path, texts: Texts) -> Path:
    db = tmp_path / "survey.sqlite3"
    core = await bootstrap(Settings.from_env({"DATABASE_URL": f"sqlite:///{db}"}), texts=texts)
    for i, (language, answers) in enumerate(PEOPLE):
        await core.services.store.save_response(Response("survey", f"r{i}", language, answers))
    await core.services.store.close()
    return db


async def test_csv_export_round_trips(tmp_path: Path, texts: Texts) -> None:
    db = await filled(tmp_path, texts)
    out = tmp_path / "export.csv"
    done = cli(db, "survey", "export", "--format", "csv", "--out", str(out))
    assert done.returncode == 0, done.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheet programs read UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 3
    for row, (language, answers) in zip(rows, PEOPLE, strict=True):
        assert row["language"] == language
        typed = answers["change"]
        assert row["change"] == ("'" + typed if typed.startswith("=") else typed)
        assert row["role"] == answers["role"]
        for option in ("advocacy", "health", "product", "roles"):
            assert row[f"areas:{option}"] == str(int(option in answers["areas"]))
        assert row["host"] == (answers.get("host") or "")
    assert "telegram" not in raw.decode("utf-8-sig")


async def test_json_export_round_trips(tmp_path: Path, texts: Texts) -> None:
    db = await filled(tmp_path, texts)
    done = cli(db, "survey", "export", "--format", "json")
    assert done.returncode == 0, done.stderr
    exported = json.loads(done.stdout)
    assert [(e["language"], e["answers"]) for e in exported] == PEOPLE
    assert [e["respondent"] for e in exported] == ["r0", "r1", "r2"]


async def test_stats_and_chart(tmp_path: Path, texts: Texts) -> None:
    db = await filled(tmp_path, texts)
    chart = tmp_path / "chart.png"
    done = cli(db, "survey", "stats", "--chart", str(chart))
    assert done.returncode == 0, done.stderr
    assert "3 responses" in done.stdout
    lines = done.stdout.splitlines()
    role = lines.index("role: How do you take part in the Wikimedia movement?")
    assert lines[role + 2].split() == ["affiliate", "1", "ar", "1"]
    youth = next(i for i, line in enumerate(lines) if line.startswith("youth: "))
    assert lines[youth + 3].split() == ["(skipped)", "1", "ar", "1"]  # asked only of ar
    height, width, _ = mpimg.imread(chart).shape
    assert width == 1200 and height > 900


def test_chart_labels_render_whatever_the_languages(texts: Texts) -> None:
    flow = texts.content.flows["survey"]
    responses = [Response("survey", f"r{i}", code, {"role": "editor", "areas": ["diversity"],
                                                     "involved": "3", "ways": ["chat"]})
                 for i, code in enumerate(["ar", "fa", "ug", "ja", "zh-Hans", "th", "hi", "ru",
                                           "pt-BR"])]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns of every glyph its font lacks
        png = chart_png(flow, responses, labels(flow, texts.i18n, "en", len(responses)))
    assert png.startswith(b"\x89PNG") and len(png) > 20_000


async def test_roles_and_volunteers(tmp_path: Path, texts: Texts) -> None:
    db = await filled(tmp_path, texts)
    assert cli(db, "role", "grant", "telegram:42", "--lang", "de,fr").returncode == 0
    assert "telegram:42  liaison  de,fr" in cli(db, "role", "list").stdout
    refused = cli(db, "role", "grant", "telegram:42", "--lang", "xx")
    assert refused.returncode == 2 and "xx" in refused.stderr
    assert cli(db, "role", "grant", "nocolon", "--lang", "de").returncode == 2
    assert "revoked" in cli(db, "role", "revoke", "telegram:42").stdout
    assert "liaison" not in cli(db, "role", "list").stdout
    listed = cli(db, "volunteer", "list")
    assert listed.returncode == 0 and "0 sign-ups" in listed.stderr
