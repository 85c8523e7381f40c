"""The dependency direction of ARCHITECTURE.md, checked on the source (ast), not by habit."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT = ("PySide6", "shiboken6")

# package → module prefixes it must never import
FORBIDDEN = {
    "ekinerja_desktop/domain": (
        *QT,
        "sqlalchemy",
        "alembic",
        "ekinerja_desktop.models",
        "ekinerja_desktop.services",
        "ekinerja_desktop.views",
        "ekinerja_server",
    ),
    "ekinerja_desktop/models": (*QT, "ekinerja_desktop.services", "ekinerja_desktop.views"),
    "ekinerja_desktop/services": (*QT, "ekinerja_desktop.views", "ekinerja_desktop.sync"),
    "ekinerja_desktop/sync": (*QT, "ekinerja_desktop.views"),
    "ekinerja_desktop/reports": (*QT, "ekinerja_desktop.views"),
    "ekinerja_server": (*QT, "ekinerja_desktop.views", "ekinerja_desktop.app"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violations(package: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for name in imported_modules(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layer_imports_only_to_its_left(package: str) -> None:
    assert violations(package, FORBIDDEN[package]) == []


def test_the_guard_itself_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n")
    assert imported_modules(bad) == {"PySide6.QtCore", "sqlalchemy.orm"}
