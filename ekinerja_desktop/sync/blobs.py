"""Attachments over the wire (SYNC.md "Attachments"): resumable upload and lazy download.

Upload of `blobs/<sha256>` before the op that references it is pushed: declare; the server
answers `have` or an upload id and its durable offset; then `PATCH` chunks from that offset,
each with `Upload-Checksum`, starting at 1 MiB, halved after a timeout or a broken link and
doubled again after a run of good chunks (so a link that drops every 30 s still gets pieces
through between its drops). Every answered
offset is committed to `Blob.upload_offset`, so after a kill or a cut link the upload goes on
from there (the server's offset wins when they differ). A chunk the server refused (checksum)
is sent again; a whole file whose SHA-256 did not match (422) starts over from zero.

Download: lazily, when a file is wanted, into `.part-<sha256>` with `Range` from what is already
there; checked against its name and moved into the store.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import httpx
from sqlalchemy.orm import Session

from ekinerja_desktop.errors import TransientError, UserError
from ekinerja_desktop.models import Blob
from ekinerja_desktop.services.blobs import BlobStore
from ekinerja_desktop.sync import protocol as p
from ekinerja_desktop.sync.client import (
    CONNECT_TIMEOUT_S,
    READ_TIMEOUT_S,
    ServerRefused,
    SyncClient,
    WaktuHabis,
)

log = logging.getLogger(__name__)

FIRST_CHUNK = 1024 * 1024
MIN_CHUNK = 64 * 1024
MAX_RESTARTS = 3  # whole-file mismatches or vanished uploads in one go
MAX_BAD_CHUNKS = 3  # checksum refusals of the same chunk in a row
MAX_RECONNECTS = 3  # breaks in a row without progress before giving up (backoff)
GROW_AFTER = 4  # good chunks in a row before the chunk doubles again
RAISE_CEILING_AFTER = 32  # good chunks in a row before a size that broke is tried again
RECONNECT_PAUSE_S = 1.0
PART_PREFIX = ".part-"

Progress = Callable[[int, int, str], None]
WriteSession = Callable[[], AbstractContextManager[Session]]


class BlobUnavailable(UserError):
    """The file cannot be sent: missing or damaged here, or refused by the server for good
    (size, type). The op that references it is pushed anyway: the server decides."""


@dataclass
class UploadStats:
    """What an upload cost (the bench reports `resent`)."""

    sent: int = 0  # chunk bytes put on the wire
    chunks: int = 0
    restarts: int = 0
    reconnects: int = 0

    def resent(self, size: int) -> int:
        return max(0, self.sent - size)


def checksum_header(data: bytes) -> str:
    return "sha256 " + base64.b64encode(hashlib.sha256(data).digest()).decode()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(FIRST_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _never() -> bool:
    return False


def _no_progress(_done: int, _total: int, _stage: str) -> None:
    return None


class BlobTransfer:
    """Uploads and downloads of one signed-in client."""

    def __init__(
        self,
        client: SyncClient,
        store: BlobStore,
        write: WriteSession,
        *,
        first_chunk: int = FIRST_CHUNK,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.client = client
        self.store = store
        self.write = write
        self.chunk = first_chunk
        self.ceiling = first_chunk  # the largest chunk worth trying on this link
        self._successes = 0
        self.sleep = sleep
        self.stats = UploadStats()

    # --- HTTP ---------------------------------------------------------------------------------

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self.client.request(
            method,
            path,
            refresh_path=p.PATH_REFRESH,
            refresh_body=lambda token: {"refresh_token": token},
            **kwargs,
        )

    @staticmethod
    def _body(response: httpx.Response) -> dict[str, Any]:
        try:
            data = response.json()
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def _transient_or_refused(self, response: httpx.Response) -> Exception:
        body = self._body(response)
        status = response.status_code
        if status in (408, 425, 429) or status >= 500:
            return TransientError(f"Server sibuk (HTTP {status}); unggahan dilanjutkan nanti.")
        return ServerRefused(status, str(body.get("code", "")), str(body.get("message", "")))

    # --- upload -------------------------------------------------------------------------------

    def needs_upload(self, sha256: str, payload: dict[str, Any]) -> bool:
        """Whether the file must go up before an op that references it (a Blob row not yet
        done; a file held here without a row — e.g. an op re-pushed after a server restore —
        gets one)."""
        with self.write() as session:
            blob = session.get(Blob, sha256)
            if blob is None:
                if not self.store.exists(sha256):
                    return False  # nothing to send; the server will say if it lacks it
                session.add(
                    Blob(
                        sha256=sha256,
                        ukuran=int(payload.get("ukuran") or self.store.path(sha256).stat().st_size),
                        mime=str(payload.get("mime") or "application/octet-stream"),
                        upload_state="pending",
                    )
                )
                return True
            return blob.upload_state not in ("done", "refused")

    def forget_done(self, sha256: str) -> None:
        """The server says it lacks a file marked done here (e.g. restored from a backup)."""
        with self.write() as session:
            blob = session.get(Blob, sha256)
            if blob is not None:
                blob.upload_state = "pending"
                blob.upload_id = None
                blob.upload_offset = 0

    def upload(
        self, sha256: str, progress: Progress = _no_progress, cancelled: Callable[[], bool] = _never
    ) -> str:
        """Send the file; returns the Blob's final state (`done`, or `refused` when the server
        will never take it). `TransientError` when the link keeps failing: the next round
        resumes from the durable offset."""
        size, mime, upload_id, offset = self._load(sha256)
        path = self.store.path(sha256)
        if not path.is_file() or path.stat().st_size != size or file_sha256(path) != sha256:
            self._set(sha256, state="hilang")
            raise BlobUnavailable(
                f"Berkas lampiran {sha256[:12]}… tidak ada atau rusak di komputer ini; "
                "lampirkan ulang berkasnya."
            )
        reconnects = 0
        for _attempt in range(MAX_RESTARTS + 1):
            if upload_id is None or offset == 0:
                declared = self._declare(sha256, size, mime)
                if declared is None:
                    progress(size, size, "upload")
                    return "done"
                upload_id, offset = declared
                self._set(sha256, upload_id=upload_id, offset=offset, state="uploading")
            while True:
                try:
                    outcome = self._send_chunks(sha256, path, size, upload_id, offset, progress)
                    break
                except TransientError as error:
                    # A slow or breaking link (a satellite dropping every half minute): smaller
                    # pieces, so one gets through between two breaks; no growing back to the
                    # size that broke.
                    self.ceiling = max(MIN_CHUNK, self.chunk // 2)
                    self.chunk = self.ceiling
                    self._successes = 0
                    reconnects += 1
                    self.stats.reconnects += 1
                    if reconnects > MAX_RECONNECTS or cancelled():
                        raise
                    if not isinstance(error, WaktuHabis):
                        self.sleep(RECONNECT_PAUSE_S)
                    outcome = None
                if cancelled():
                    raise TransientError("Unggahan dihentikan; dilanjutkan pada putaran berikut.")
                held = self._held(upload_id)  # what reached the disk before the link broke
                if held is None:
                    outcome = "restart"
                    break
                if held > offset:
                    reconnects = 0  # it moves between the breaks: keep going
                offset = held
                self._set(sha256, offset=offset)
            if outcome == "done":
                self._set(sha256, state="done", offset=size)
                return "done"
            self.stats.restarts += 1
            upload_id, offset = None, 0
            self._set(sha256, upload_id=None, offset=0, state="pending")
        raise TransientError("Unggahan berkas lampiran gagal berulang kali; dicoba lagi nanti.")

    def _load(self, sha256: str) -> tuple[int, str, str | None, int]:
        with self.write() as session:
            blob = session.get(Blob, sha256)
            if blob is None:
                raise BlobUnavailable(f"Berkas lampiran {sha256[:12]}… tidak dikenal.")
            return blob.ukuran, blob.mime, blob.upload_id, blob.upload_offset

    def _set(
        self,
        sha256: str,
        *,
        state: str | None = None,
        upload_id: str | bool | None = False,
        offset: int | None = None,
    ) -> None:
        with self.write() as session:
            blob = session.get(Blob, sha256)
            if blob is None:
                return
            if state is not None:
                blob.upload_state = state
            if upload_id is not False:
                blob.upload_id = upload_id if isinstance(upload_id, str) else None
            if offset is not None:
                blob.upload_offset = offset

    def _declare(self, sha256: str, size: int, mime: str) -> tuple[str, int] | None:
        response = self._request(
            "POST", p.PATH_BLOBS, json_body={"sha256": sha256, "size": size, "mime": mime}
        )
        body = self._body(response)
        if response.status_code in (413, 415):
            self._set(sha256, state="refused")
            raise BlobUnavailable(str(body.get("message") or "Berkas ditolak server."))
        if response.status_code != 200:
            raise self._transient_or_refused(response)
        answer = p.BlobDeclareResponse.model_validate(body)
        if answer.status == "have":
            self._set(sha256, state="done", offset=size)
            return None
        assert answer.upload_id is not None
        return answer.upload_id, answer.offset

    def _grow(self) -> None:
        """After a run of good chunks, bigger ones again — up to the ceiling, which a long
        run of good chunks raises again (the link got better)."""
        self._successes += 1
        if self._successes % GROW_AFTER == 0 and self.chunk < self.ceiling:
            self.chunk = min(self.ceiling, self.chunk * 2)
        if self._successes >= RAISE_CEILING_AFTER and self.ceiling < FIRST_CHUNK:
            self.ceiling = min(FIRST_CHUNK, self.ceiling * 2)
            self._successes = 0

    def _held(self, upload_id: str) -> int | None:
        """The server's durable offset (None: the upload is gone — finished or dropped)."""
        response = self._request("HEAD", p.PATH_BLOB_UPLOAD.format(upload_id=upload_id))
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise self._transient_or_refused(response)
        return int(response.headers.get(p.HEADER_UPLOAD_OFFSET, "0"))

    def _send_chunks(
        self,
        sha256: str,
        path: Path,
        size: int,
        upload_id: str,
        offset: int,
        progress: Progress,
    ) -> str:
        """PATCH from `offset` to the end: `done`, or `restart` (declare again)."""
        bad = 0
        timeout = httpx.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S)
        with path.open("rb") as file:
            while True:
                file.seek(offset)
                data = file.read(min(self.chunk, size - offset))
                self.stats.sent += len(data)
                self.stats.chunks += 1
                response = self._request(
                    "PATCH",
                    p.PATH_BLOB_UPLOAD.format(upload_id=upload_id),
                    content=data,
                    headers={
                        p.HEADER_UPLOAD_OFFSET: str(offset),
                        p.HEADER_UPLOAD_CHECKSUM: checksum_header(data),
                        "Content-Type": "application/offset+octet-stream",
                    },
                    timeout=timeout,
                )
                body = self._body(response)
                code = str(body.get("code", ""))
                if response.status_code == 200:
                    answer = p.BlobUploadResponse.model_validate(body)
                    offset = answer.offset
                    self._set(sha256, offset=offset)
                    progress(offset, size, "upload")
                    if answer.complete:
                        return "done"
                    bad = 0
                    self._grow()
                    continue
                if code in ("offset_mismatch", "checksum_mismatch"):
                    if code == "checksum_mismatch":
                        bad += 1
                        if bad > MAX_BAD_CHUNKS:
                            raise TransientError("Potongan berkas rusak berulang kali di jalan.")
                    offset = int(body.get("offset", offset))
                    self._set(sha256, offset=offset)
                    continue
                if code == "chunk_too_large":
                    self.chunk = max(MIN_CHUNK, self.chunk // 2)
                    continue
                if code in ("upload_not_found", "hash_mismatch"):
                    log.info("upload %s: %s, declaring again", sha256[:12], code)
                    return "restart"
                raise self._transient_or_refused(response)

    # --- download -----------------------------------------------------------------------------

    def download(
        self, sha256: str, progress: Progress = _no_progress, cancelled: Callable[[], bool] = _never
    ) -> Path:
        """The file in the store, fetched if missing, resuming a `.part` file left by an
        earlier, interrupted download."""
        if self.store.exists(sha256):
            return self.store.path(sha256)
        self.store.folder.mkdir(parents=True, exist_ok=True)
        part = self.store.folder / f"{PART_PREFIX}{sha256}"
        for _attempt in range(2):
            have = part.stat().st_size if part.exists() else 0
            with part.open("ab") as out:
                try:
                    response = self._request(
                        "GET",
                        p.PATH_BLOB.format(sha256=sha256),
                        headers={"Range": f"bytes={have}-", "Accept-Encoding": "identity"},
                        sink=_Sink(out, have, progress, cancelled),
                    )
                finally:
                    out.flush()
                    os.fsync(out.fileno())
            if response.status_code == 200 and have:
                # The server sent the whole file, not the range: keep only what it sent.
                data = part.read_bytes()[have:]
                part.write_bytes(data)
            elif response.status_code == 404:
                raise UserError("Berkas ini belum tersedia di server (belum diunggah pemiliknya).")
            elif response.status_code not in (200, 206, 416):
                raise self._transient_or_refused(response)
            if file_sha256(part) == sha256:
                os.replace(part, self.store.path(sha256))
                return self.store.path(sha256)
            part.unlink()  # damaged on the way: fetch it whole once more
        raise TransientError("Berkas yang diunduh tidak cocok dengan sidiknya; dicoba lagi nanti.")


class _Sink:
    """Where a download's pieces go as they arrive: the `.part` file, flushed at the end."""

    def __init__(
        self, out: BinaryIO, have: int, progress: Progress, cancelled: Callable[[], bool]
    ) -> None:
        self.out = out
        self.done = have
        self.progress = progress
        self.cancelled = cancelled

    def __call__(self, piece: bytes) -> None:
        self.out.write(piece)
        self.done += len(piece)
        self.progress(self.done, 0, "unduh")
        if self.cancelled():
            raise TransientError("Unduhan dihentikan; dilanjutkan nanti.")


def blob_of(payload: dict[str, Any]) -> str | None:
    """The file an op's payload points at, if any."""
    value = payload.get("blob_sha256")
    return value if isinstance(value, str) and value else None


def iter_blobs(ops: list[p.PushOp]) -> Iterator[tuple[int, str]]:
    for index, op in enumerate(ops):
        sha256 = blob_of(op.payload)
        if sha256 is not None:
            yield index, sha256
