"""The admin's changes reach a real server over HTTP: a laptop signed in as the demo admin makes
every kind of admin write through the services, syncs, and the server applies each op (its
push runs the same authz table); a non-admin pushing the same ops is refused."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import (
    KURVA_IDEAL,
    CapaianOrganisasi,
    JenisPlt,
    KelompokJabatan,
    PolaPeriode,
    buat_nip,
)
from ekinerja_desktop.models import (
    Instansi,
    KurvaIdealInstansi,
    OutboxEntry,
    Pegawai,
    Periode,
    PeriodeDibukaUlang,
    PltPlh,
    SentLog,
    SyncIssue,
    Unor,
)
from ekinerja_desktop.secrets import MemoryKeyring, TokenStore
from ekinerja_desktop.services.admin import DataPegawai, DataPlt, DataUnor, LayananAdmin
from ekinerja_desktop.services.admin_periode import LayananPeriodeAdmin
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.sync.service import SyncService
from ekinerja_server.db import create_server_engine
from tests.server.processes import RunningServer, start_server
from tests.server.sync_support import PASSWORD, TAHUN, Api, Seeded, close_all, seed_demo
from tests.support import migrated_database


@dataclass
class Dunia:
    server: RunningServer
    seeded: Seeded
    engine: Engine


@pytest.fixture(scope="module")
def dunia(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dunia]:
    folder = tmp_path_factory.mktemp("admin-server")
    seeded = seed_demo(f"sqlite:///{folder / 'server.db'}", pegawai=12)
    server = start_server(seeded.url, folder / "server.log")
    engine = create_server_engine(seeded.url)
    yield Dunia(server, seeded, engine)
    engine.dispose()
    server.stop()


@pytest.fixture(autouse=True)
def close_apis() -> Iterator[None]:
    yield
    close_all()


@pytest.fixture
def laptop(dunia: Dunia, tmp_path: Path) -> Iterator[tuple[UnitOfWork, SyncService]]:
    db = migrated_database(tmp_path)
    uow = UnitOfWork(db)
    service = SyncService(db, uow, TokenStore(MemoryKeyring()), rng=random.Random(5))
    akun = service.sign_in(dunia.server.url, dunia.seeded.nip["Admin"], PASSWORD, start=False)
    assert service.engine is not None and akun.pegawai_id is not None and akun.is_admin
    service.engine.run_round()  # the snapshot: the instansi's master data
    uow.aktor = Aktor(akun.pegawai_id, akun.nip, akun.nama, akun.is_admin)
    yield uow, service
    service.close()
    db.dispose()


def _server(dunia: Dunia, model: type, id_: str) -> object:
    with Session(dunia.engine) as s:
        return s.get(model, id_)


def test_every_admin_write_is_applied_by_the_server(
    dunia: Dunia, laptop: tuple[UnitOfWork, SyncService]
) -> None:
    uow, service = laptop
    admin, periode = LayananAdmin(uow), LayananPeriodeAdmin(uow)
    hari_ini = uow.today()
    staf = dunia.seeded.id["Pegawai"]
    units = {u.nama: u for u in admin.daftar_unor()}
    [top] = [u for u in units.values() if u.unor_atasan_id is None]

    unor = admin.tambah_unor(DataUnor("Bagian Uji Sinkron", "Administrator", top.id, top.id))
    admin.ubah_unor(unor, DataUnor("Bagian Uji Sinkron 2", "Administrator", top.id, top.id))
    sementara = admin.tambah_unor(DataUnor("Unit Sementara", unor_atasan_id=unor))
    admin.hapus_unor(sementara)
    nip = buat_nip(date(1995, 3, 4), date(2020, 1, 1), "P", 777)
    baru = admin.tambah_pegawai(
        DataPegawai(nip, "Pegawai Sinkron", "Analis", unor, golongan="III/a", atasan_id=staf,
                    kelompok_jabatan=KelompokJabatan.JA)
    )  # fmt: skip
    admin.ubah_pegawai(
        baru, DataPegawai(nip, "Pegawai Sinkron", "Analis Ahli", unor, golongan="III/b")
    )
    plt = admin.tambah_plt(
        DataPlt(
            staf, unor, "PLT Kepala Bagian Uji", JenisPlt.PLT, hari_ini, hari_ini + timedelta(30)
        )
    )
    admin.akhiri_plt(plt, hari_ini)
    tahun = TAHUN + 3
    periods = periode.buat_periode_tahun(tahun, PolaPeriode.BULANAN)
    januari = periode.daftar_periode(tahun)[0]
    periode.ubah_periode(
        periods[0], "Januari", januari.awal, januari.akhir, januari.batas_pengisian + timedelta(5)
    )
    periode.hapus_periode(periods[1])
    tw1 = periode.daftar_periode(TAHUN)[0]
    assert hari_ini > tw1.batas_pengisian, "the demo's TW1 of this year is past its batas"
    dibuka = periode.buka_ulang(tw1.id, unor, hari_ini + timedelta(7), "  Gangguan jaringan  ")
    periode.tutup_buka_ulang(dibuka)
    periode.simpan_kurva_ideal(CapaianOrganisasi.BAIK, KURVA_IDEAL[CapaianOrganisasi.ISTIMEWA])
    periode.kembalikan_kurva_bawaan(CapaianOrganisasi.BAIK)
    admin.hapus_plt(plt)
    admin.hapus_pegawai(baru)
    kembali = DataPegawai(nip, "Pegawai Sinkron", "Analis Ahli", unor, golongan="III/c")
    assert admin.tambah_pegawai(kembali) == baru  # pegawai.restore + pegawai.update

    with uow.read() as s:
        ops = [e.op for e in s.scalars(select(OutboxEntry))]
    assert {op.partition(".")[0] for op in ops} == {
        "unor", "pegawai", "plt_plh", "periode", "instansi", "periode_dibuka_ulang", "kurva_ideal",
    }  # fmt: skip
    assert service.engine is not None
    result = service.engine.run_round()
    assert result.pending == 0 and result.stopped is None
    with uow.read() as s:
        assert s.scalars(select(SyncIssue)).all() == []
        assert s.scalars(select(OutboxEntry)).all() == []
        assert len(s.scalars(select(SentLog)).all()) == len(ops)

    u = _server(dunia, Unor, unor)
    assert isinstance(u, Unor) and u.nama == "Bagian Uji Sinkron 2" and u.deleted_at is None
    gone = _server(dunia, Unor, sementara)
    assert isinstance(gone, Unor) and gone.deleted_at is not None
    p = _server(dunia, Pegawai, baru)
    assert isinstance(p, Pegawai) and (p.jabatan, p.golongan) == ("Analis Ahli", "III/c")
    assert p.deleted_at is None  # deactivated, then added back
    a = _server(dunia, PltPlh, plt)
    assert isinstance(a, PltPlh) and a.periode_akhir == hari_ini and a.deleted_at is not None
    jan = _server(dunia, Periode, periods[0])
    assert isinstance(jan, Periode) and jan.nama == "Januari"
    r = _server(dunia, PeriodeDibukaUlang, dibuka)
    assert isinstance(r, PeriodeDibukaUlang) and r.sampai == hari_ini - timedelta(1)
    assert r.alasan == "Gangguan jaringan"
    with Session(dunia.engine) as s:
        assert s.scalars(select(Instansi.pola_periode)).one() is PolaPeriode.BULANAN
        kurva = s.scalars(select(KurvaIdealInstansi)).one()
        assert kurva.deleted_at is not None


@pytest.mark.parametrize(
    ("op", "fields"),
    [
        ("unor.create", {"nama": "Unit Gelap", "mandiri": False, "jenis": None, "kota": None,
                         "unor_atasan_id": None, "unor_induk_id": None}),
        ("periode_dibuka_ulang.create", {"sampai": "2031-01-01", "oleh_id": None}),
    ],
)  # fmt: skip
def test_a_non_admin_pushing_admin_ops_is_refused(
    dunia: Dunia, op: str, fields: dict[str, object]
) -> None:
    with Session(dunia.engine) as s:
        staf = s.get(Pegawai, dunia.seeded.id["Pegawai"])
        assert staf is not None
        instansi_id, unor_id = staf.instansi_id, staf.unor_id
        periode_id = s.scalars(select(Periode.id)).first()
    payload = {**fields}
    if op == "unor.create":
        payload["instansi_id"] = instansi_id
    else:
        payload.update(periode_id=periode_id, unor_id=unor_id)
    api = Api(dunia.server.url, dunia.seeded.nip["Pegawai"]).connect()
    result = api.push_one(op, str(uuid.uuid4()), 0, **payload)
    assert result["status"] == "refused" and result["reason"] == "forbidden", result


def test_two_offline_changes_that_close_a_loop_the_second_is_refused(dunia: Dunia) -> None:
    """Admin A puts unit X under Y; admin B, offline, had put Y under X: each is fine alone."""
    with Session(dunia.engine) as s:
        staf = s.get(Pegawai, dunia.seeded.id["Pegawai"])
        assert staf is not None and staf.atasan_id is not None
        instansi_id, atasan_id = staf.instansi_id, staf.atasan_id
        versi_atasan = s.get(Pegawai, atasan_id).version  # type: ignore[union-attr]
    api = Api(dunia.server.url, dunia.seeded.nip["Admin"]).connect()
    x, y = str(uuid.uuid4()), str(uuid.uuid4())
    for unit in (x, y):
        created = api.push_one(
            "unor.create", unit, 0, instansi_id=instansi_id, nama=f"Unit {unit[:4]}",
            mandiri=False, jenis=None, kota=None, unor_atasan_id=None, unor_induk_id=None,
        )  # fmt: skip
        assert created["status"] == "applied", created
    assert api.push_one("unor.update", y, 1, unor_atasan_id=x)["status"] == "applied"
    loop = api.push_one("unor.update", x, 1, unor_atasan_id=y)
    assert (loop["status"], loop["reason"]) == ("refused", "validation"), loop
    assert "lingkaran" in loop["message"]
    # The pegawai's atasan made the pegawai's subordinate: refused the same way.
    loop = api.push_one("pegawai.update", atasan_id, versi_atasan, atasan_id=staf.id)
    assert (loop["status"], loop["reason"]) == ("refused", "validation"), loop
    with Session(dunia.engine) as s:
        assert s.get(Unor, x).unor_atasan_id is None  # type: ignore[union-attr]
        assert s.get(Pegawai, atasan_id).atasan_id != staf.id  # type: ignore[union-attr]
