"""The server's attachment store (SYNC.md "Attachments"): declare, resumable append, whole-file
check, and who may learn that a file is here.

Files live under one folder: `<folder>/<sha[:2]>/<sha256>` once whole and checked, and
`<folder>/uploads/<upload id>` while they arrive. A chunk is appended and fsynced *before* its
new offset is committed, and the file is cut back to the committed offset before the next
append, so the answered offset is always durable and never covers a torn write.

Dedupe leaks nothing: `have` is answered only to the account that uploaded the file, or to one
that may already see a record referencing it. Anyone else uploads it again (and it is checked
again); the file on disk is then simply kept once.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, sessionmaker

from ekinerja_desktop.domain.authz import visible
from ekinerja_desktop.domain.penilaian import MIME_BUKTI_DUKUNG, format_ukuran
from ekinerja_desktop.sync.protocol import ENTITY_MODELS
from ekinerja_server import testhooks
from ekinerja_server.models import BlobUpload, BlobUploader, ServerBlob
from ekinerja_server.scope import Who, load_places, read_scope

log = logging.getLogger(__name__)

READ_CHUNK = 1024 * 1024
#: Entities whose records point at a file (a `blob_sha256` column).
BLOB_ENTITIES = tuple(
    name for name, model in ENTITY_MODELS.items() if "blob_sha256" in inspect(model).columns
)
ALLOWED_MIME = frozenset(MIME_BUKTI_DUKUNG.values())


class BlobError(Exception):
    """An answer other than success: `code` (protocol ErrorCode), Indonesian `message`."""

    def __init__(self, code: str, message: str, offset: int | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.message = message
        self.offset = offset


@dataclass(frozen=True)
class Declared:
    status: str  # have | upload
    upload_id: str | None = None
    offset: int = 0


@dataclass(frozen=True)
class Appended:
    upload_id: str
    sha256: str
    offset: int
    size: int
    complete: bool


class BlobFiles:
    """The folder: paths, durable appends, hashing, and the move into place."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.uploads = folder / "uploads"

    def path(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def upload_path(self, upload_id: str) -> Path:
        return self.uploads / upload_id

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def start(self, upload_id: str) -> None:
        self.uploads.mkdir(parents=True, exist_ok=True)
        self.upload_path(upload_id).touch()

    def append(self, upload_id: str, offset: int, data: bytes) -> None:
        """Cut the file back to the committed `offset`, append, and fsync."""
        path = self.upload_path(upload_id)
        self.uploads.mkdir(parents=True, exist_ok=True)
        with path.open("r+b" if path.exists() else "w+b") as file:
            file.truncate(offset)
            file.seek(offset)
            file.write(data)
            file.flush()
            os.fsync(file.fileno())

    def sha256_of_upload(self, upload_id: str, size: int) -> str:
        digest = hashlib.sha256()
        with self.upload_path(upload_id).open("rb") as file:
            remaining = size
            while remaining > 0 and (chunk := file.read(min(READ_CHUNK, remaining))):
                digest.update(chunk)
                remaining -= len(chunk)
        return digest.hexdigest()

    def keep(self, upload_id: str, sha256: str, size: int) -> None:
        """Move a checked upload into place (or drop it if the file is already there)."""
        source = self.upload_path(upload_id)
        target = self.path(sha256)
        if target.is_file():
            source.unlink(missing_ok=True)
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        with source.open("r+b") as file:
            file.truncate(size)  # anything past the size came from no checked chunk
            os.fsync(file.fileno())
        os.replace(source, target)
        _fsync_folder(target.parent)

    def discard(self, upload_id: str) -> None:
        self.upload_path(upload_id).unlink(missing_ok=True)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def check_declared(size: int, mime: str, limit: int) -> None:
    """The limits, with the message the user sees (the file is not sent at all)."""
    if mime not in ALLOWED_MIME:
        raise BlobError(
            "blob_type_not_allowed",
            f"Jenis berkas {mime} tidak diizinkan sebagai bukti dukung. Gunakan PDF, gambar, "
            "dokumen Office/OpenDocument, atau ZIP.",
        )
    if size > limit:
        raise BlobError(
            "blob_too_large",
            f"Berkas terlalu besar: {format_ukuran(size)}; batasnya {format_ukuran(limit)}. "
            "Perkecil berkasnya, atau unggah ke penyimpanan daring dan tambahkan tautannya.",
        )


def may_reference(session: Session, who: Who, akun_id: str, sha256: str) -> bool:
    """Whether this account may learn that the server holds the file: it uploaded it, or it
    may already see a live record that references it."""
    if session.get(BlobUploader, (sha256, akun_id)) is not None:
        return True
    ids: list[str] = []
    for entity in BLOB_ENTITIES:
        model = ENTITY_MODELS[entity]
        ids += session.scalars(
            select(model.id).where(
                model.blob_sha256 == sha256,  # type: ignore[attr-defined]
                model.deleted_at.is_(None),
            )
        ).all()
    if not ids:
        return False
    scope = read_scope(session, who)
    return any(
        visible(place.entity, place.skp_id, place.instansi_id, place.pegawai_id, scope)
        for place in load_places(session, ids).values()
    )


def declare(
    session: Session,
    files: BlobFiles,
    who: Who,
    akun_id: str,
    sha256: str,
    size: int,
    mime: str,
    limit: int,
    now: datetime,
) -> Declared:
    check_declared(size, mime, limit)
    blob = session.get(ServerBlob, sha256)
    if blob is not None and files.has(sha256) and may_reference(session, who, akun_id, sha256):
        return Declared("have")
    upload = session.scalars(
        select(BlobUpload)
        .where(
            BlobUpload.akun_id == akun_id,
            BlobUpload.sha256 == sha256,
            BlobUpload.size == size,
        )
        .order_by(BlobUpload.updated_at.desc())
        .limit(1)
    ).first()
    if upload is None:
        upload = BlobUpload(
            akun_id=akun_id,
            sha256=sha256,
            size=size,
            mime=mime,
            offset=0,
            created_at=now,
            updated_at=now,
        )
        session.add(upload)
        session.flush()
        files.start(upload.id)
    return Declared("upload", upload.id, upload.offset)


def _locked_upload(session: Session, upload_id: str, akun_id: str) -> BlobUpload:
    upload = session.get(BlobUpload, upload_id, with_for_update=True)
    if upload is None or upload.akun_id != akun_id:
        raise BlobError(
            "upload_not_found", "Unggahan tidak ditemukan atau sudah selesai; daftarkan lagi."
        )
    return upload


def upload_offset(session: Session, upload_id: str, akun_id: str) -> tuple[int, int]:
    """(durable offset, size) of an upload of this account."""
    upload = session.get(BlobUpload, upload_id)
    if upload is None or upload.akun_id != akun_id:
        raise BlobError(
            "upload_not_found", "Unggahan tidak ditemukan atau sudah selesai; daftarkan lagi."
        )
    return upload.offset, upload.size


def append(
    write: sessionmaker[Session],
    files: BlobFiles,
    akun_id: str,
    upload_id: str,
    offset: int,
    data: bytes,
    now: datetime,
) -> Appended:
    """Append one checked chunk at `offset`; once the file is whole, check and keep it.

    An empty chunk at the end finishes an upload whose last answer was lost (or whose server
    stopped between the last append and the check)."""
    with write() as session, session.begin():
        upload = _locked_upload(session, upload_id, akun_id)
        if offset != upload.offset:
            raise BlobError(
                "offset_mismatch",
                f"Posisi unggahan {offset} tidak cocok; server memegang {upload.offset} byte.",
                offset=upload.offset,
            )
        if offset + len(data) > upload.size:
            raise BlobError("chunk_too_large", "Potongan melewati ukuran berkas yang didaftarkan.")
        if data:
            files.append(upload_id, offset, data)
            testhooks.reached("blob.after_append")
            upload.offset = offset + len(data)
            upload.updated_at = now
        sha256, size, done = upload.sha256, upload.size, upload.offset
    if done < size:
        return Appended(upload_id, sha256, done, size, complete=False)
    finish(write, files, akun_id, upload_id, now)
    return Appended(upload_id, sha256, size, size, complete=True)


def finish(
    write: sessionmaker[Session],
    files: BlobFiles,
    akun_id: str,
    upload_id: str,
    now: datetime,
) -> None:
    """Hash the whole upload (outside the transaction: it takes a while), then keep it, or
    drop it on a mismatch (422: the client declares again and starts from zero)."""
    with write() as session:
        upload = _locked_upload(session, upload_id, akun_id)
        sha256, size, mime = upload.sha256, upload.size, upload.mime
    digest = files.sha256_of_upload(upload_id, size)
    with write() as session, session.begin():
        upload = _locked_upload(session, upload_id, akun_id)
        session.delete(upload)
        if digest == sha256:
            files.keep(upload_id, sha256, size)
            if session.get(ServerBlob, sha256) is None:
                session.add(ServerBlob(sha256=sha256, size=size, mime=mime, created_at=now))
            if session.get(BlobUploader, (sha256, akun_id)) is None:
                session.add(BlobUploader(sha256=sha256, akun_id=akun_id, created_at=now))
    if digest != sha256:
        files.discard(upload_id)
        log.warning("upload hash mismatch", extra={"fields": {"upload_id": upload_id}})
        raise BlobError(
            "hash_mismatch",
            "Isi berkas yang diterima tidak cocok dengan sidik SHA-256-nya; unggah ulang.",
        )


def readable(session: Session, files: BlobFiles, who: Who, akun_id: str, sha256: str) -> Path:
    """The file, if it is here and this account may see a record referencing it (else the same
    `not_found` as for a file that does not exist)."""
    blob = session.get(ServerBlob, sha256)
    if blob is None or not files.has(sha256) or not may_reference(session, who, akun_id, sha256):
        raise BlobError("not_found", "Berkas tidak ditemukan.")
    return files.path(sha256)
