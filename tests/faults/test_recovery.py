"""Recovery (SYNC.md "Versions and recovery"): a server restored from an older backup, and a
laptop back after months offline.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import StatusSkp
from ekinerja_desktop.models import OutboxEntry, Rhk, Skp, utcnow
from ekinerja_desktop.sync.scheduler import NeedsSignIn
from ekinerja_server.models import RefreshToken
from tests.faults.harness import ROOT, World
from tests.faults.model import Model
from tests.faults.steps import draft, holds, on_server, rounds, skp, state
from tests.support import IKI_LENGKAP


def server_file(world: World) -> Path:
    return Path(world.database_url.removeprefix("sqlite:///"))


def backup(world: World, target: Path) -> None:
    """What an operator's nightly backup does: SQLite's online backup of the live database."""
    with sqlite3.connect(server_file(world)) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    source.close()
    copy.close()


def tool(world: World, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "ekinerja_server", *args, "--database-url", world.database_url],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_server_restored_from_an_older_backup(
    own_world: World, model: Model, tmp_path: Path
) -> None:
    world = own_world
    p, k = world.laptop("P"), world.laptop("K")
    skp_id, (rhk_id,) = draft(p)
    rounds(p, k)
    backup(world, tmp_path / "malam-tadi.db")  # last night's backup

    # The day's work, all acknowledged by the server…
    skp(p).ubah_rhk(rhk_id, teks="Diketik sesudah cadangan")
    skp(p).tambah_iki(rhk_id, "IKI sesudah cadangan", **IKI_LENGKAP)
    skp(p).ubah_status(skp_id, StatusSkp.PENGAJUAN)
    rounds(p, k)
    skp(k).ubah_status(skp_id, StatusSkp.PERSETUJUAN)
    rounds(k, p)
    assert p.waiting() == k.waiting() == 0
    old_client = state(p).client_id
    old_epoch = state(p).server_epoch
    pending_rhk = skp(p).tambah_rhk(draft(p)[0], "Belum terkirim saat server rusak")

    # …then the disk dies and the server comes back from last night's backup.
    world.server.stop()
    server_file(world).unlink()
    for extra in ("-wal", "-shm"):
        Path(f"{server_file(world)}{extra}").unlink(missing_ok=True)
    (tmp_path / "malam-tadi.db").rename(server_file(world))
    assert "Epoch server baru" in tool(world, "epoch-baru")
    world.server.start()

    rounds(p)  # re-registered, the last 60 days and the pending ops pushed again, in order
    rounds(k, p)
    assert state(p).client_id != old_client and state(p).server_epoch != old_epoch
    assert on_server(world, Rhk, rhk_id).teks == "Diketik sesudah cadangan"
    assert on_server(world, Rhk, pending_rhk).teks == "Belum terkirim saat server rusak"
    assert on_server(world, Skp, skp_id).status is StatusSkp.PERSETUJUAN
    assert on_server(world, Rhk, rhk_id).version == 2  # one effect per op, backup or not

    # Renumbered gapless: the next edit continues the new numbering and goes through.
    skp(p).ubah_rhk(pending_rhk, teks="Sesudah pemulihan")
    with p.uow.read() as session:
        seqs = list(session.scalars(select(OutboxEntry.client_seq)))
    rounds(p)
    assert on_server(world, Rhk, pending_rhk).teks == "Sesudah pemulihan"
    assert seqs and min(seqs) > 1  # numbered after the re-pushed ones
    holds(world, [p, k], model)


def test_months_offline_password_then_push_all_then_resync(own_world: World, model: Model) -> None:
    world = own_world
    laptop = world.laptop("P")
    skp_id, rhk_ids = draft(laptop, rhks=2)
    rounds(laptop)
    # Months offline: many edits; meanwhile another computer deletes an RHK, the server
    # prunes that tombstone, and the laptop's refresh token expires.
    other = world.laptop("P")
    skp(other).hapus_rhk(rhk_ids[1])
    rounds(other)
    edits = []
    for n in range(30):
        edits.append(skp(laptop).tambah_rhk(skp_id, f"Dikerjakan luring, minggu ke-{n + 1}"))
    tool(world, "pangkas-tombstone", "--hari", "0")
    engine = world.engine()
    with Session(engine) as session, session.begin():
        session.execute(update(RefreshToken).values(expires_at=utcnow() - timedelta(days=1)))
    engine.dispose()
    laptop.sync_client.access_token = None  # the app was closed all that time

    with pytest.raises(NeedsSignIn):
        laptop.engine.run_round()  # refresh refused: ask for the password…
    assert laptop.waiting() == 30  # …the outbox untouched
    laptop.login()
    rounds(laptop)  # push all, then 410 cursor_expired → resync
    assert laptop.waiting() == 0
    assert all(on_server(world, Rhk, r).skp_id == skp_id for r in edits)
    with laptop.uow.read() as session:
        assert session.get(Rhk, rhk_ids[1]) is None  # the pruned tombstone is purged here
    holds(world, [laptop, other], model)
