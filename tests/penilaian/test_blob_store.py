"""The content-addressed store: whole files under their hash, or nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ekinerja_desktop.errors import UserError
from ekinerja_desktop.services.blobs import BlobStore


def test_put_stores_under_the_hash_and_dedupes(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    source = tmp_path / "a.pdf"
    source.write_bytes(b"isi" * 1000)
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    first = store.put(source)
    second = store.put(source)
    assert (first.sha256, first.ukuran, first.baru) == (sha, 3000, True)
    assert (second.sha256, second.baru) == (sha, False)
    assert store.exists(sha)
    with store.open(sha) as f:
        assert f.read() == source.read_bytes()
    assert [p.name for p in store.folder.iterdir()] == [sha]


def test_a_file_growing_past_the_limit_leaves_no_temporary_file(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    source = tmp_path / "besar.pdf"
    source.write_bytes(b"x" * 5000)
    with pytest.raises(UserError, match="melebihi batas"):
        store.put(source, max_bytes=4096)
    assert list(store.folder.iterdir()) == []


def test_unreadable_source_is_a_user_error(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    with pytest.raises(UserError, match="tidak dapat dibaca"):
        store.put(tmp_path / "hilang.pdf")
    assert store.temp_files() == []


def test_remove_and_path_validation(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    source = tmp_path / "a.png"
    source.write_bytes(b"\x89PNG")
    stored = store.put(source)
    store.remove(stored.sha256)
    assert not store.exists(stored.sha256)
    with pytest.raises(ValueError):
        store.path("../../etc/passwd")
