"""The content-addressed attachment store: `blobs/<sha256>` (SYNC.md "Attachments").

A file is copied through a temporary file in the same folder, hashed on the way, flushed to
disk and renamed into place, so a reader (or the sync engine after a power cut) sees either the
whole file under its hash or nothing. The same content is stored once.
"""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ekinerja_desktop.domain.penilaian import format_ukuran
from ekinerja_desktop.errors import UserError

CHUNK = 1024 * 1024
_SHA256 = re.compile(r"[0-9a-f]{64}")
TEMP_PREFIX = ".tmp-"


@dataclass(frozen=True)
class BlobTersimpan:
    """A stored file: its hash and size, and whether this put added it (False: already held)."""

    sha256: str
    ukuran: int
    baru: bool


class BlobStore:
    """Files by SHA-256 under one folder (`Paths.blobs`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, sha256: str) -> Path:
        if not _SHA256.fullmatch(sha256):
            raise ValueError(f"not a sha256: {sha256!r}")
        return self.folder / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def open(self, sha256: str) -> BinaryIO:
        return self.path(sha256).open("rb")

    def put(self, source: Path, max_bytes: int | None = None) -> BlobTersimpan:
        """Copy `source` in; UserError if it cannot be read or grows past `max_bytes`."""
        self.folder.mkdir(parents=True, exist_ok=True)
        temp = self.folder / f"{TEMP_PREFIX}{uuid.uuid4().hex}"
        try:
            sha256, ukuran = _copy_hashed(source, temp, max_bytes)
            target = self.path(sha256)
            if target.exists():
                return BlobTersimpan(sha256, ukuran, baru=False)
            os.replace(temp, target)
            _fsync_folder(self.folder)
            return BlobTersimpan(sha256, ukuran, baru=True)
        finally:
            temp.unlink(missing_ok=True)

    def remove(self, sha256: str) -> None:
        """Undo a put whose database transaction failed (only for a blob that put added)."""
        self.path(sha256).unlink(missing_ok=True)

    def salinan_untuk_dibuka(self, sha256: str, nama_berkas: str) -> Path:
        """A copy under its original name for the system viewer (`lihat/<hash>/<name>`).

        A copy, not a link: a viewer that saves in place must never change the stored content,
        which the hash and the pending upload rely on.
        """
        nama = Path(nama_berkas.replace("\\", "/")).name.strip() or "berkas"
        target = self.folder.parent / "lihat" / sha256[:16] / nama
        source = self.path(sha256)
        if target.is_file() and target.stat().st_size == source.stat().st_size:
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f"{TEMP_PREFIX}{uuid.uuid4().hex}")
        try:
            _copy_hashed(source, temp, None)
            os.replace(temp, target)
        finally:
            temp.unlink(missing_ok=True)
        return target

    def temp_files(self) -> list[Path]:
        """Leftovers of copies interrupted by a crash; safe to delete when no put is running."""
        if not self.folder.exists():
            return []
        return sorted(self.folder.glob(f"{TEMP_PREFIX}*"))


def _copy_hashed(source: Path, temp: Path, max_bytes: int | None) -> tuple[str, int]:
    digest = hashlib.sha256()
    ukuran = 0
    try:
        with source.open("rb") as src, temp.open("xb") as dst:
            while chunk := src.read(CHUNK):
                ukuran += len(chunk)
                if max_bytes is not None and ukuran > max_bytes:
                    # The file grew after it was checked (still being written or copied).
                    raise UserError(
                        f"Berkas {source.name} melebihi batas {format_ukuran(max_bytes)}."
                    )
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError as error:
        raise UserError(
            f"Berkas {source.name} tidak dapat dibaca atau disalin: {error.strerror or error}."
        ) from error
    return digest.hexdigest(), ukuran


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
