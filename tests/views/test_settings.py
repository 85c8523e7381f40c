"""Settings: defaults for whatever cannot be read, and a save that never leaves half a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ekinerja_desktop.settings import Settings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert Settings.load(tmp_path / "tidak-ada.json") == Settings()
    assert Settings().bahasa == "id"


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "folder-baru" / "settings.json"
    settings = Settings(bahasa="en", pegawai_aktif_id="abc", geometri_jendela="AdnQyw==")
    assert settings.save(path)
    assert Settings.load(path) == settings
    assert not list(path.parent.glob("*.tmp"))


@pytest.mark.parametrize(
    "content",
    ["", "{", "[1, 2]", "null", '"teks"', "\x00\xff", '{"bahasa": "en"'],
)
def test_corrupt_file_gives_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="latin-1")
    assert Settings.load(path) == Settings()


def test_invalid_fields_fall_back_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    raw = {"bahasa": "fr", "pegawai_aktif_id": 12, "geometri_jendela": "AQ==", "lain": True}
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert Settings.load(path) == Settings(geometri_jendela="AQ==")


def test_unwritable_place_is_reported_not_raised(tmp_path: Path) -> None:
    folder = tmp_path / "settings.json"
    folder.mkdir()  # a folder where the file should be
    assert not Settings(bahasa="en").save(folder)
    assert Settings.load(folder) == Settings()
