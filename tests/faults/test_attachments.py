"""Attachments under faults (SYNC.md "Attachments" and "Proving it"): an upload killed at 37 %
resumes from the durable offset; a corrupted chunk is refused and sent again; a final hash
mismatch restarts the upload; an op pushed before its file waits, then applies; a download cut
halfway resumes; limits end in a clear refusal kept in the Konflik list; the status bar shows
the upload's progress.
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.models import Blob, BuktiDukung
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.sync_queries import RingkasanSync
from ekinerja_desktop.sync.scheduler import Fase, Progress, SyncStatus
from ekinerja_server.models import BlobUpload
from tests.faults.client_proc import Client
from tests.faults.harness import World
from tests.faults.proxy import Faults
from tests.faults.steps import holds, issues, local, on_server, rounds

SEED = 37
BLOBS = ("/v1/blobs",)


def attach(world: World, laptop: Client, size: int, name: str = "laporan.pdf") -> tuple[str, bytes]:
    """A bukti dukung file on P's approved SKP, attached offline: (bukti id, content)."""
    content = os.urandom(size)
    source = laptop.data / name
    source.write_bytes(content)
    ctx = world.template.ctx
    bukti = LayananPenilaian(laptop.uow, laptop.blobs).tambah_bukti_dukung_berkas(
        ctx["pp"], ctx["pp_ikis"][0], "Laporan kegiatan", source
    )
    return bukti, content


def stored(world: World, content: bytes) -> bytes | None:
    import hashlib

    sha = hashlib.sha256(content).hexdigest()
    path = world.blob_dir / sha[:2] / sha
    return path.read_bytes() if path.exists() else None


def test_an_upload_killed_at_37_percent_resumes_from_the_durable_offset(world: World) -> None:
    laptop = world.laptop("P")
    bukti, content = attach(world, laptop, 3 * 1024 * 1024)
    laptop.close()
    # The same installation, now as a process of its own, so it can be killed mid-upload.
    client = world.client("P", ops=0, data=laptop.data, extra=["--chunk", str(256 * 1024)])
    world.proxies[client.info.name].set_throttle(4_000_000)
    client.start(kill_at="upload")
    assert client.wait(60) == -9, client.log()

    with Session(laptop_engine(laptop)) as session:
        blob = session.scalars(select(Blob)).one()
        durable = blob.upload_offset
    engine = world.engine()
    with Session(engine) as session:
        held = session.scalars(select(BlobUpload.offset)).one()
    engine.dispose()
    assert 0.37 * len(content) <= durable <= held < len(content)  # both sides kept it

    sent_before = world.proxies[client.info.name].stats.bytes_up
    client.start()
    assert client.wait(60) == 0, client.log()
    sent_after = world.proxies[client.info.name].stats.bytes_up - sent_before
    assert sent_after < 0.75 * len(content)  # resumed: only the rest went, not all of it
    assert stored(world, content) == content
    assert on_server(world, BuktiDukung, bukti).blob_sha256 is not None


def laptop_engine(laptop: Client):  # type: ignore[no-untyped-def]
    from ekinerja_desktop.db import create_sqlite_engine

    return create_sqlite_engine(laptop.data / "ekinerja.db")


def test_a_corrupted_chunk_is_refused_and_sent_again(world: World) -> None:
    laptop = world.laptop("P", Faults(corrupt=0.5, paths=("/v1/blobs/uploads",)))
    assert laptop.engine.transfer is not None
    laptop.engine.transfer.chunk = 128 * 1024
    bukti, content = attach(world, laptop, 1024 * 1024)
    rounds(laptop)
    assert laptop.proxy.stats.decisions["corrupt"] >= 1  # the server saw damaged chunks…
    assert stored(world, content) == content  # …and kept none of them
    assert on_server(world, BuktiDukung, bukti).blob_sha256 is not None
    holds(world, [laptop], None)


def test_a_final_hash_mismatch_restarts_the_upload(world: World) -> None:
    laptop = world.laptop("P")
    transfer = laptop.engine.transfer
    assert transfer is not None
    transfer.chunk = 128 * 1024
    _bukti, content = attach(world, laptop, 600 * 1024)
    set_offset = transfer._set
    damaged: list[str] = []

    def damage_once(sha256: str, **changes: Any) -> None:
        set_offset(sha256, **changes)
        offset = changes.get("offset")
        if not damaged and isinstance(offset, int) and 0 < offset < len(content):
            # Bit rot on the server's disk, under bytes it already acknowledged.
            with laptop.uow.read() as session:
                upload_id = session.scalars(select(Blob.upload_id)).one()
            partial = world.blob_dir / "uploads" / str(upload_id)
            data = bytearray(partial.read_bytes())
            data[10] ^= 0xFF
            partial.write_bytes(bytes(data))
            damaged.append(partial.name)

    transfer._set = damage_once  # type: ignore[method-assign]
    rounds(laptop)
    assert damaged and transfer.stats.restarts == 1  # 422 at the end, then from zero again
    assert stored(world, content) == content
    holds(world, [laptop], None)


def test_an_op_pushed_before_its_file_waits_then_applies(world: World) -> None:
    laptop = world.laptop("P", Faults(drop_request=1.0, paths=BLOBS))  # uploads cannot get out
    skp_service = laptop_skp(laptop)
    before = skp_service()
    bukti, content = attach(world, laptop, 200 * 1024)
    after = skp_service()
    assert not laptop.round()  # the upload failed: the round says so…
    engine = world.engine()
    with Session(engine) as session:
        assert session.get(BuktiDukung, bukti) is None  # …the op waits for its file…
        assert session.get(before[0], before[1]) is not None  # …what came before went
        assert session.get(after[0], after[1]) is None  # …and what came after waits
    engine.dispose()
    laptop.proxy.heal()
    rounds(laptop)
    assert on_server(world, BuktiDukung, bukti).blob_sha256 is not None
    assert stored(world, content) == content

    # The server lost a file this laptop had sent (a restore): `blocked: blob_missing`, then
    # the engine sends it again in the same round and the op applies.
    _bukti2, content2 = attach(world, laptop, 100 * 1024, "kedua.pdf")
    import hashlib

    sha2 = hashlib.sha256(content2).hexdigest()
    with laptop.uow.write() as t:
        blob = t.session.get(Blob, sha2)
        assert blob is not None
        blob.upload_state = "done"  # believed sent
    rounds(laptop)
    assert stored(world, content2) == content2
    holds(world, [laptop], None)


def laptop_skp(laptop: Client):  # type: ignore[no-untyped-def]
    """A draft RHK made now (before/after marks around the attachment)."""
    from tests.faults.steps import draft

    def make():  # type: ignore[no-untyped-def]
        from ekinerja_desktop.models import Rhk

        _skp_id, (rhk_id,) = draft(laptop)
        return Rhk, rhk_id

    return make


def test_a_download_cut_halfway_resumes(world: World) -> None:
    owner = world.laptop("P")
    bukti, content = attach(world, owner, 2 * 1024 * 1024)
    rounds(owner)
    ppk = world.laptop("K", proxy_kwargs={"throttle_bps": 3_000_000, "cut_every_s": 0.35})
    sha = local(ppk, BuktiDukung, bukti).blob_sha256  # type: ignore[union-attr]
    assert sha is not None and not ppk.blobs.exists(sha)  # lazy: not fetched by the pull
    attempts = 0
    path = None
    while path is None and attempts < 10:
        attempts += 1
        try:
            path = ppk.engine.download_blob(sha)
        except Exception:  # the link was cut: what came is kept in .part
            part = ppk.blobs.folder / f".part-{sha}"
            assert part.exists() and part.stat().st_size > 0
    assert path is not None and path.read_bytes() == content
    assert attempts >= 2  # it was cut at least once and resumed
    assert ppk.proxy.stats.bytes_down < 1.6 * len(content)  # resumed, not fetched again


def test_a_file_over_the_server_limit_is_refused_and_kept(own_world: World) -> None:
    world = own_world
    world.server.stop()
    world.server.max_blob_mb = 0.25
    world.server.start()
    laptop = world.laptop("P")
    _bukti, _content = attach(world, laptop, 400 * 1024)
    rounds(laptop)
    (issue,) = issues(laptop)
    assert issue.kind == "refused" and "terlalu besar" in (issue.message or "")
    with laptop.uow.read() as session:
        assert session.scalars(select(Blob.upload_state)).one() == "refused"
    holds(world, [laptop], None)


def test_upload_progress_reaches_the_status_bar(world: World) -> None:
    from ekinerja_desktop.views.sync.indicator import indicator_text

    laptop = world.laptop("P")
    assert laptop.engine.transfer is not None
    laptop.engine.transfer.chunk = 256 * 1024
    attach(world, laptop, 1024 * 1024)
    seen: list[tuple[int, int, str]] = []
    laptop.engine.run_round(lambda done, total, stage: seen.append((done, total, stage)))
    uploads = [(d, t) for d, t, stage in seen if stage == "upload"]
    assert len(uploads) >= 4 and uploads[-1][0] == uploads[-1][1] == 1024 * 1024
    status = SyncStatus(fase=Fase.SINKRON, progress=Progress(388_000, 1_048_576, "upload"))
    line = indicator_text(status, RingkasanSync(0, None, 0, 0, None, None), signed_in=True)
    assert "Mengunggah lampiran… 37%" in line.text
