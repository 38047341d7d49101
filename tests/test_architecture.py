"""The import rules of STYLE.md, checked by walking every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLATFORMS = {"telegram", "discord"}


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def top(names: set[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


def modules(folder: str) -> list[Path]:
    found = sorted((ROOT / folder).rglob("*.py"))
    assert found, folder
    return found


def test_only_adapters_import_a_platform() -> None:
    for path in modules("bot"):
        if "adapters" in path.relative_to(ROOT).parts:
            continue
        assert not top(imports(path)) & PLATFORMS, path


def test_handlers_never_import_adapters() -> None:
    for path in modules("bot/handlers"):
        assert not any(name.startswith("bot.adapters") for name in imports(path)), path


def test_storage_is_independent_of_the_bot() -> None:
    for path in modules("storage"):
        assert "bot" not in top(imports(path)), path


def test_only_storage_imports_sqlalchemy_alembic_or_a_database_driver() -> None:
    drivers = {"sqlalchemy", "alembic", "asyncpg", "sqlite3", "aiosqlite"}
    for path in modules("bot"):
        assert not drivers & top(imports(path)), path
