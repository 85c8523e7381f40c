"""The domain package stays pure: standard library and itself only (ARCHITECTURE.md)."""

import ast
import sys
from pathlib import Path

import pytest

import ekinerja_desktop.domain as domain

DOMAIN = Path(domain.__file__).parent
MODUL = sorted(DOMAIN.glob("*.py"))


def _impor(path: Path) -> list[str]:
    nama: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            nama.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            nama.append(node.module)
    return nama


@pytest.mark.parametrize("path", MODUL, ids=lambda p: p.name)
def test_hanya_pustaka_standar(path: Path) -> None:
    asing = [
        n
        for n in _impor(path)
        if n.split(".")[0] not in sys.stdlib_module_names
        and not n.startswith("ekinerja_desktop.domain")
    ]
    assert asing == []


def test_modul_ditemukan() -> None:
    assert len(MODUL) >= 14


def test_ekspor_publik() -> None:
    for nama in domain.__all__:
        assert hasattr(domain, nama), nama
    assert {"predikat_kinerja", "Rating", "DomainError", "validasi_skp"} <= set(domain.__all__)
