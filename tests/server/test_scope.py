"""Scope changes: a pegawai moved to another unit, a team member removed. No client may keep a
row outside its scope: after pulling (and resyncing when told to), each client holds exactly
what a fresh snapshot of the same user holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from ekinerja_desktop.models import AnggotaTim, Pegawai, TimKerja
from ekinerja_server.db import create_server_engine
from tests.server.processes import RunningServer, start_server
from tests.server.sync_support import Api, Seeded, seed_demo


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[tuple[RunningServer, Seeded]]:
    """A server of its own: these tests change relations for everyone."""
    seeded = seed_demo(f"sqlite:///{tmp_path / 'scope.db'}")
    server = start_server(seeded.url, tmp_path / "server.log")
    yield server, seeded
    server.stop()


def _catch_up(api: Api) -> bool:
    """Pull; on 410 do the scoped resync. Returns whether a resync was needed."""
    response = api.request(
        "/v1/sync/pull", {"client_id": api.client_id, "cursor": api.cursor, "limit_rows": 1000}
    )
    if response.status_code == 410:
        assert response.json()["reason"] in ("scope_changed", "cursor_expired")
        api.resync()
        return True
    assert response.status_code == 200, response.text
    api.pull()
    return False


def _fresh(server: RunningServer, nip: str) -> dict[tuple[str, str], int]:
    api = Api(server.url, nip).connect()
    api.pull()
    return {key: row["version"] for key, row in api.rows.items()}


def _held(api: Api) -> dict[tuple[str, str], int]:
    return {key: row["version"] for key, row in api.rows.items()}


def test_a_pegawai_moved_to_another_unit(own_server: tuple[RunningServer, Seeded]) -> None:
    server, seeded = own_server
    engine = create_server_engine(seeded.url)
    with engine.connect() as conn:
        me = conn.execute(select(Pegawai).where(Pegawai.id == seeded.id["Pegawai"])).one()
        new_boss = conn.execute(
            select(Pegawai.id, Pegawai.unor_id, Pegawai.nip).where(
                Pegawai.jenis_jabatan == "PIMPINAN",
                Pegawai.unor_id != me.unor_id,
                Pegawai.kelompok_jabatan != "JPT",
            )
        ).first()
        pegawai_version = me.version
    engine.dispose()
    assert new_boss is not None

    moved = Api(server.url, me.nip).connect()
    old_boss = Api(server.url, seeded.nip["Atasan"]).connect()
    boss = Api(server.url, new_boss.nip).connect()
    for api in (moved, old_boss, boss):
        api.pull()
    assert not any(
        r["fields"].get("pegawai_id") == me.id for (e, _), r in boss.rows.items() if e == "skp"
    )

    admin = Api(server.url, seeded.nip["Admin"]).connect()
    result = admin.push_one(
        "pegawai.update", me.id, pegawai_version, unor_id=new_boss.unor_id, atasan_id=new_boss.id
    )
    assert result["status"] == "applied", result

    for api in (moved, old_boss, boss):
        _catch_up(api)
        assert _held(api) == _fresh(server, api.nip)
    # The new atasan now sees the moved pegawai's SKPs; the moved one sees the new leader's.
    assert any(
        r["fields"].get("pegawai_id") == me.id for (e, _), r in boss.rows.items() if e == "skp"
    )
    assert any(
        r["fields"].get("pegawai_id") == new_boss.id
        for (e, _), r in moved.rows.items()
        if e == "skp"
    )


def test_a_member_leaving_a_team_is_removed_from_the_ketua(
    own_server: tuple[RunningServer, Seeded],
) -> None:
    server, seeded = own_server
    ketua_id = seeded.id["Ketua Tim"]
    engine = create_server_engine(seeded.url)
    with engine.connect() as conn:
        member = conn.execute(
            select(AnggotaTim.id, AnggotaTim.version, AnggotaTim.pegawai_id)
            .join(TimKerja, TimKerja.id == AnggotaTim.tim_kerja_id)
            .join(Pegawai, Pegawai.id == AnggotaTim.pegawai_id)
            .where(
                TimKerja.ketua_id == ketua_id,
                AnggotaTim.pegawai_id != ketua_id,
                Pegawai.atasan_id != ketua_id,
            )
        ).first()
        teams = conn.scalars(
            select(AnggotaTim.tim_kerja_id)
            .join(TimKerja, TimKerja.id == AnggotaTim.tim_kerja_id)
            .where(AnggotaTim.pegawai_id == member.pegawai_id, TimKerja.ketua_id == ketua_id)
        ).all()
    engine.dispose()
    assert member is not None and len(teams) == 1

    ketua = Api(server.url, seeded.nip["Ketua Tim"]).connect()
    ketua.pull()
    before = [
        k
        for k, r in ketua.rows.items()
        if k[0] == "skp" and r["fields"]["pegawai_id"] == member.pegawai_id
    ]
    assert before, "the ketua sees the member's SKP"

    result = ketua.push_one("anggota_tim.delete", member.id, member.version)
    assert result["status"] == "applied", result
    pages = ketua.pull()
    assert any(page["removed"] for page in pages)
    assert not any(k in ketua.rows for k in before)
    assert _held(ketua) == _fresh(server, ketua.nip)
