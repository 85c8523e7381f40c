"""Attachments on the server (SYNC.md "Attachments"): declare, resumable chunks with a checksum,
the whole-file check, dedupe that leaks nothing, limits, Range downloads, and `blocked:
blob_missing` for an op pushed before its file. A real server process throughout.
"""

from __future__ import annotations

import base64
import hashlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from ekinerja_desktop.models import BuktiDukung, Iki, Periode, PeriodePenilaian, Rhk, Skp
from ekinerja_server.db import create_server_engine
from ekinerja_server.testhooks import ENV as KILL_ENV
from tests.server.processes import RunningServer, start_server
from tests.server.sync_support import Api, Seeded, seed_demo


@dataclass
class World:
    seeded: Seeded
    server: RunningServer
    folder: Path
    pp: str  # a periode penilaian of the Pegawai's approved SKP, still open
    iki: str


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("blobs")
    seeded = seed_demo(f"sqlite:///{folder / 'server.db'}")
    engine = create_server_engine(seeded.url)
    with engine.connect() as conn:
        skp_id, pp = conn.execute(
            select(Skp.id, PeriodePenilaian.id)
            .join(PeriodePenilaian, PeriodePenilaian.skp_id == Skp.id)
            .join(Periode, Periode.id == PeriodePenilaian.periode_id)
            .where(
                Skp.pegawai_id == seeded.id["Pegawai"],
                Skp.status == "PERSETUJUAN",
                Periode.jenis == "FINAL",
            )
        ).one()
        iki = conn.scalar(
            select(Iki.id).join(Rhk, Rhk.id == Iki.rhk_id).where(Rhk.skp_id == skp_id)
        )
    engine.dispose()
    assert iki is not None
    server = start_server(seeded.url, folder / "server.log")
    yield World(seeded, server, folder, str(pp), str(iki))
    server.stop()


def checksum(data: bytes) -> str:
    return "sha256 " + base64.b64encode(hashlib.sha256(data).digest()).decode()


class Blobs:
    """The blob endpoints for one signed-in user."""

    def __init__(self, api: Api) -> None:
        self.api = api

    def _headers(self, **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api.token}", **extra}

    def declare(self, data: bytes, mime: str = "application/pdf", size: int | None = None) -> Any:
        body = {"sha256": sha(data), "size": len(data) if size is None else size, "mime": mime}
        return self.api.http.post(
            f"{self.api.base_url}/v1/blobs", json=body, headers=self._headers()
        )

    def patch(self, upload_id: str, offset: int, chunk: bytes, check: str | None = None) -> Any:
        headers = self._headers(
            **{"Upload-Offset": str(offset), "Upload-Checksum": check or checksum(chunk)}
        )
        return self.api.http.patch(
            f"{self.api.base_url}/v1/blobs/uploads/{upload_id}", content=chunk, headers=headers
        )

    def head(self, upload_id: str) -> httpx.Response:
        return self.api.http.head(
            f"{self.api.base_url}/v1/blobs/uploads/{upload_id}", headers=self._headers()
        )

    def get(self, digest: str, range_: str | None = None) -> httpx.Response:
        extra = {"Range": range_} if range_ else {}
        return self.api.http.get(
            f"{self.api.base_url}/v1/blobs/{digest}", headers=self._headers(**extra)
        )

    def upload(self, data: bytes, chunk: int = 64 * 1024) -> None:
        declared = self.declare(data).json()
        if declared["status"] == "have":
            return
        offset = declared["offset"]
        while offset < len(data):
            answer = self.patch(declared["upload_id"], offset, data[offset : offset + chunk])
            assert answer.status_code == 200, answer.text
            offset = answer.json()["offset"]


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def bukti(api: Api, world: World, data: bytes, **extra: Any) -> dict[str, Any]:
    fields = {
        "periode_penilaian_id": world.pp,
        "iki_id": world.iki,
        "nama": "Laporan kegiatan",
        "url": None,
        "blob_sha256": sha(data),
        "nama_berkas": "laporan.pdf",
        "ukuran": len(data),
        "mime": "application/pdf",
        **extra,
    }
    return api.op("bukti_dukung.add", str(uuid.uuid4()), None, **fields)


def test_an_upload_resumes_from_the_durable_offset_and_refuses_bad_chunks(world: World) -> None:
    owner = Blobs(Api(world.server.url, world.seeded.nip["Pegawai"]).login())
    data = os.urandom(300_000)
    first = owner.declare(data).json()
    assert first["status"] == "upload" and first["offset"] == 0
    upload_id = first["upload_id"]

    assert owner.patch(upload_id, 0, data[:100_000]).json()["offset"] == 100_000
    # The client lost the upload id (killed): declaring again resumes the same upload.
    again = owner.declare(data).json()
    assert (again["upload_id"], again["offset"]) == (upload_id, 100_000)
    assert owner.head(upload_id).headers["Upload-Offset"] == "100000"

    stale = owner.patch(upload_id, 0, data[:100_000])  # a duplicated, older chunk
    assert stale.status_code == 409
    assert stale.json()["code"] == "offset_mismatch"
    assert stale.headers["Upload-Offset"] == "100000"

    corrupted = bytearray(data[100_000:200_000])
    corrupted[5] ^= 0xFF
    bad = owner.patch(upload_id, 100_000, bytes(corrupted), checksum(data[100_000:200_000]))
    assert bad.status_code == 460
    assert bad.json()["code"] == "checksum_mismatch"
    assert owner.head(upload_id).headers["Upload-Offset"] == "100000"  # nothing written

    assert owner.patch(upload_id, 100_000, data[100_000:200_000]).json()["offset"] == 200_000
    done = owner.patch(upload_id, 200_000, data[200_000:]).json()
    assert done["complete"] is True and done["offset"] == len(data)
    assert owner.head(upload_id).status_code == 404  # the upload is finished and gone
    stored = world.folder / "blobs" / sha(data)[:2] / sha(data)
    assert stored.read_bytes() == data

    assert owner.declare(data).json()["status"] == "have"
    assert owner.get(sha(data)).content == data
    tail = owner.get(sha(data), "bytes=299990-")
    assert tail.status_code == 206 and tail.content == data[299_990:]


def test_a_final_hash_mismatch_drops_the_upload_and_restarts(world: World) -> None:
    owner = Blobs(Api(world.server.url, world.seeded.nip["Pegawai"]).login())
    data = os.urandom(50_000)
    other = os.urandom(50_000)  # right size, right chunk checksums, wrong file
    upload_id = owner.declare(data).json()["upload_id"]
    assert owner.patch(upload_id, 0, other[:25_000]).status_code == 200
    final = owner.patch(upload_id, 25_000, other[25_000:])
    assert final.status_code == 422
    assert final.json()["code"] == "hash_mismatch"
    assert owner.head(upload_id).status_code == 404
    restarted = owner.declare(data).json()
    assert restarted["status"] == "upload" and restarted["offset"] == 0
    assert restarted["upload_id"] != upload_id
    assert not (world.folder / "blobs" / sha(data)[:2] / sha(data)).exists()


def test_limits_are_refused_at_declare_with_clear_messages(world: World) -> None:
    owner = Blobs(Api(world.server.url, world.seeded.nip["Pegawai"]).login())
    too_big = owner.declare(b"x", size=21 * 1024 * 1024)
    assert too_big.status_code == 413
    assert too_big.json()["code"] == "blob_too_large"
    assert "batasnya 20 MB" in too_big.json()["message"]
    wrong_type = owner.declare(b"MZ...", mime="application/x-msdownload")
    assert wrong_type.status_code == 415
    assert wrong_type.json()["code"] == "blob_type_not_allowed"
    assert "tidak diizinkan" in wrong_type.json()["message"]


def test_an_op_pushed_before_its_file_waits_then_applies(world: World) -> None:
    owner_api = Api(world.server.url, world.seeded.nip["Pegawai"]).connect()
    owner = Blobs(owner_api)
    data = os.urandom(70_000)
    add = bukti(owner_api, world, data)
    after = owner_api.op("bukti_dukung.add", str(uuid.uuid4()), None, **link_fields(world))
    blocked = owner_api.push(add, after)
    assert [r["status"] for r in blocked["results"]] == ["blocked"]
    assert blocked["results"][0]["reason"] == "blob_missing"
    assert blocked["results"][0]["current"] == {"blob_sha256": sha(data)}
    assert blocked["last_seq"] == add["client_seq"] - 1  # not advanced: nothing after it ran
    assert owner_api.push(add, after)["results"][0]["status"] == "blocked"  # still waiting

    owner.upload(data)
    done = owner_api.push(add, after)
    assert [r["status"] for r in done["results"]] == ["applied", "applied"]
    engine = create_server_engine(world.seeded.url)
    with engine.connect() as conn:
        assert conn.scalar(
            select(BuktiDukung.blob_sha256).where(BuktiDukung.id == add["entity_id"])
        )
    engine.dispose()

    # The PPK may see the record now: the server tells them it has the file, and serves it.
    ppk = Blobs(Api(world.server.url, world.seeded.nip["Atasan"]).login())
    assert ppk.declare(data).json()["status"] == "have"
    assert ppk.get(sha(data)).content == data
    # Someone with no record referencing it learns nothing: upload it yourself; no download.
    lain = Blobs(Api(world.server.url, world.seeded.nip["Lain"]).login())
    assert lain.declare(data).json()["status"] == "upload"
    assert lain.get(sha(data)).status_code == 404
    assert lain.get(sha(b"never uploaded")).status_code == 404  # the same answer


def test_ops_that_could_never_get_their_file_are_refused_not_blocked(world: World) -> None:
    owner_api = Api(world.server.url, world.seeded.nip["Pegawai"]).connect()
    big = bukti(owner_api, world, b"big", ukuran=25 * 1024 * 1024)
    exe = bukti(owner_api, world, b"exe", mime="application/x-msdownload")
    results = owner_api.push(big, exe)["results"]
    assert [(r["status"], r["reason"]) for r in results] == [("refused", "validation")] * 2
    # Authorisation comes first: someone else's record is refused, never blocked.
    lain_api = Api(world.server.url, world.seeded.nip["Lain"]).connect()
    foreign = lain_api.push(bukti(lain_api, world, b"foreign"))["results"][0]
    assert foreign["status"] == "refused" and foreign["reason"] == "forbidden"


def link_fields(world: World) -> dict[str, Any]:
    return {
        "periode_penilaian_id": world.pp,
        "iki_id": world.iki,
        "nama": "Tautan",
        "url": "https://contoh.go.id/laporan",
        "blob_sha256": None,
        "nama_berkas": None,
        "ukuran": None,
        "mime": None,
    }


def test_a_server_killed_after_an_append_keeps_the_committed_offset(
    world: World, tmp_path: Path
) -> None:
    """SIGKILL between the fsync of a chunk and the commit of its offset: after a restart the
    offset is the last committed one, and the torn tail is cut before the next append."""
    killing = start_server(
        world.seeded.url, tmp_path / "kill.log", env={KILL_ENV: "blob.after_append:2"}
    )
    owner = Blobs(Api(killing.url, world.seeded.nip["Pegawai"]).login())
    data = os.urandom(120_000)
    upload_id = owner.declare(data).json()["upload_id"]
    assert owner.patch(upload_id, 0, data[:40_000]).json()["offset"] == 40_000
    with pytest.raises(httpx.TransportError):
        owner.patch(upload_id, 40_000, data[40_000:80_000])
    assert killing.process.wait(10) == -9
    restarted = start_server(world.seeded.url, tmp_path / "restart.log")
    try:
        owner.api.base_url = restarted.url
        assert owner.head(upload_id).headers["Upload-Offset"] == "40000"
        partial = world.folder / "blobs" / "uploads" / upload_id
        assert partial.stat().st_size == 80_000  # the uncommitted chunk is on disk …
        assert owner.patch(upload_id, 40_000, data[40_000:80_000]).json()["offset"] == 80_000
        assert owner.patch(upload_id, 80_000, data[80_000:]).json()["complete"] is True
        assert owner.get(sha(data)).content == data  # … and was cut, not kept twice
    finally:
        restarted.stop()
