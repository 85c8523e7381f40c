"""Versions (SYNC.md "Versions and recovery"): every outbox row keeps its schema version; a
server one schema ahead upcasts what a client one version behind sends; a server that no longer
takes that version answers 426 with the message of SYNC.md and the outbox stays, and after the
upgrade it all goes; no client migration deletes or rewrites a pending outbox row.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import select

from ekinerja_desktop.db import alembic_config, create_sqlite_engine, upgrade
from ekinerja_desktop.domain import StatusSkp
from ekinerja_desktop.domain.authz import OPERATIONS
from ekinerja_desktop.models import OutboxEntry, Rhk
from ekinerja_desktop.services import uow as uow_module
from ekinerja_desktop.sync import protocol as p
from ekinerja_desktop.sync.protocol import ENTITY_MODELS, RECORD_VERBS
from ekinerja_desktop.sync.scheduler import UpgradeRequired
from ekinerja_desktop.sync.upcast import UPCASTERS
from tests.faults import bumped_server
from tests.faults.client_proc import Client
from tests.faults.harness import World
from tests.faults.steps import draft, on_server, rounds, skp
from tests.support import IKI_LENGKAP

PER_TYPE = 50


def offline_work(laptop: Client) -> dict[str, list[str]]:
    """50 operations of every type a pegawai's laptop makes, none of them sent yet: SKP,
    RHK (create, update, delete), IKI (create, update, delete), submission. Returns the
    RHK ids with the text each should end with."""
    texts: dict[str, list[str]] = {"kept": [], "teks": []}
    for n in range(PER_TYPE):
        skp_id, (rhk_id, gone) = draft(laptop, rhks=2)
        layanan = skp(laptop)
        iki_id = layanan.tambah_iki(rhk_id, f"IKI {n}", **IKI_LENGKAP)
        layanan.ubah_iki(iki_id, indikator=f"IKI {n} diubah")
        layanan.ubah_rhk(rhk_id, teks=f"RHK {n} diketik luring")
        layanan.hapus_rhk(gone)  # its IKI goes with it
        layanan.tambah_iki(
            rhk_id, f"IKI {n} kedua", **{**IKI_LENGKAP, "target_min": "2", "target_max": "2"}
        )
        layanan.hapus_iki(layanan.tambah_iki(rhk_id, "sementara", target_min="3"))
        layanan.ubah_status(skp_id, StatusSkp.PENGAJUAN)
        texts["kept"].append(rhk_id)
        texts["teks"].append(f"RHK {n} diketik luring")
    return texts


def outbox(laptop: Client) -> list[tuple[object, ...]]:
    with laptop.uow.read() as session:
        return [
            (e.client_seq, e.op_id, e.op, e.payload, e.schema_version, e.state)
            for e in session.scalars(select(OutboxEntry).order_by(OutboxEntry.client_seq))
        ]


def op_types(rows: list[tuple[object, ...]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[str(row[2])] = counts.get(str(row[2]), 0) + 1
    return counts


def test_a_client_one_schema_behind_syncs_through_the_upcaster(own_world: World) -> None:
    world = own_world
    world.server.stop()
    world.server.start(module="tests.faults.bumped_server", env={"EKINERJA_TEST_MIN_SCHEMA": "1"})
    laptop = world.laptop("P")
    rhks = offline_work(laptop)
    rows = outbox(laptop)
    assert all(row[4] == 1 for row in rows)  # each row keeps the schema it was written in
    assert min(op_types(rows).values()) >= PER_TYPE
    rounds(laptop)
    assert laptop.waiting() == 0
    for rhk_id, teks in zip(rhks["kept"], rhks["teks"], strict=True):
        # Without the upcaster a schema-2 server would have dropped the text.
        assert on_server(world, Rhk, rhk_id).teks == teks


def test_too_old_gets_426_keeps_the_outbox_and_syncs_after_upgrading(
    own_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = own_world
    laptop = world.laptop("P")
    rhks = offline_work(laptop)  # offline, while the server is upgraded past this app
    before = outbox(laptop)
    world.server.stop()
    world.server.start(module="tests.faults.bumped_server", env={"EKINERJA_TEST_MIN_SCHEMA": "2"})

    with pytest.raises(UpgradeRequired) as refused:
        laptop.engine.run_round()
    assert str(refused.value) == p.UPGRADE_REQUIRED_MESSAGE
    assert str(refused.value) == (
        "Perbarui aplikasi untuk melanjutkan sinkronisasi. Perubahan Anda tetap tersimpan."
    )
    assert outbox(laptop) == before  # every row kept as it was

    # The upgrade: the app now records and speaks schema 2 and knows the upcaster; its old
    # rows stay schema 1 on disk and go up upcast.
    monkeypatch.setattr(p, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(uow_module, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(UPCASTERS, 1, bumped_server.rename_teks)
    rounds(laptop)
    assert laptop.waiting() == 0
    for rhk_id, teks in zip(rhks["kept"], rhks["teks"], strict=True):
        assert on_server(world, Rhk, rhk_id).teks == teks
    with laptop.uow.read() as session:
        assert session.scalar(select(OutboxEntry).limit(1)) is None  # all acknowledged


def test_pending_outbox_rows_of_every_op_type_survive_every_client_migration(
    tmp_path: Path,
) -> None:
    path = tmp_path / "lama.db"
    engine = create_sqlite_engine(path)
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    upgrade(engine, revisions[0])
    ops = sorted(OPERATIONS) + [
        f"{entity}.{verb}" for entity in ENTITY_MODELS for verb in sorted(RECORD_VERBS)
    ]
    with sqlite3.connect(path) as conn:
        for seq, op in enumerate(ops, start=1):
            conn.execute(
                "INSERT INTO outbox (client_seq, op_id, op, entity_id, base_version, payload, "
                "schema_version, state, attempts, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, 1, 'pending', 0, '2026-01-02 03:04:05')",
                (seq, str(uuid.uuid4()), op, str(uuid.uuid4()), seq % 3, json.dumps({"n": seq})),
            )
    conn.close()
    original = _rows(path)
    assert len(original) == len(ops) > 100
    for revision in revisions[1:]:
        upgrade(engine, revision)
        assert _rows(path) == original, f"outbox changed by migration {revision}"
    engine.dispose()


def _rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT client_seq, op_id, op, entity_id, base_version, payload, schema_version, "
            "state, attempts, created_at FROM outbox ORDER BY client_seq"
        ).fetchall()
    conn.close()
    return rows
