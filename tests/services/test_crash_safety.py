"""SIGKILL in the middle of a burst of service calls loses nothing that was committed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from ekinerja_desktop.db import integrity_ok
from ekinerja_desktop.models import Pegawai
from tests.support import buat_org, migrated_database

CHILD = """
import sys
from datetime import date
from ekinerja_desktop.db import Database, create_sqlite_engine
from ekinerja_desktop.domain import Pendekatan
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import Aktor, UnitOfWork

path, pegawai_id = sys.argv[1], sys.argv[2]
uow = UnitOfWork(Database(create_sqlite_engine(path)), Aktor(pegawai_id, "nip", "Staf"))
layanan = LayananSkp(uow)
skp_id = layanan.buat_skp(date(2026, 1, 1), date(2026, 12, 31), Pendekatan.KUANTITATIF)
print("skp", skp_id, flush=True)
i = 0
while True:
    i += 1
    rhk_id = layanan.tambah_rhk(skp_id, f"RHK nomor {i}")
    print("rhk", rhk_id, flush=True)   # printed only after the commit returned
    iki_id = layanan.tambah_iki(rhk_id, f"IKI nomor {i}", target_min="1", target_max="2")
    print("iki", iki_id, flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [7, 40, 151])
def test_sigkill_mid_burst_keeps_every_committed_edit(tmp_path: Path, kill_after: int) -> None:
    db = migrated_database(tmp_path)
    org = buat_org(db)
    with db.read_session() as s:
        assert s.scalar(select(Pegawai.id).where(Pegawai.id == org.staf.pegawai_id))
    db.dispose()
    path = tmp_path / "ekinerja.db"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), org.staf.pegawai_id],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    committed: list[tuple[str, str]] = []
    for line in child.stdout:
        kind, id_ = line.split()
        committed.append((kind, id_))
        if len(committed) >= kill_after:
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait()
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    assert integrity_ok(path)
    with sqlite3.connect(path) as conn:
        outbox = dict(conn.execute("SELECT entity_id, op FROM outbox").fetchall())
        seqs = [r[0] for r in conn.execute("SELECT client_seq FROM outbox ORDER BY client_seq")]
        for kind, id_ in committed:
            assert (
                conn.execute(f"SELECT count(*) FROM {kind} WHERE id = ?", (id_,)).fetchone()[0] == 1
            )
            assert outbox[id_] == f"{kind}.create"
        # every row has its outbox entry (nothing half-written after the last print either)
        for kind in ("rhk", "iki"):
            ids = [r[0] for r in conn.execute(f"SELECT id FROM {kind}")]
            assert all(outbox.get(i) == f"{kind}.create" for i in ids)
    conn.close()
    assert seqs == list(range(1, len(seqs) + 1))  # gapless
