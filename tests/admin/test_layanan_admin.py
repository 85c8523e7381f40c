"""LayananAdmin: each write with its outbox entry in one transaction, refusals that write
nothing, and only the admin instansi may write."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import JenisJabatan, JenisPlt, Jenjang, KelompokJabatan, buat_ni_pppk
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import Pegawai, PltPlh, Unor
from ekinerja_desktop.services.admin import (
    DataPegawai,
    DataPlt,
    DataUnor,
    IsianSalah,
    LayananAdmin,
    kesalahan_pegawai,
)
from ekinerja_desktop.services.uow import Aktor, ChangeSet, UnitOfWork
from tests.admin.conftest import outbox
from tests.support import Org

NIP_BARU = "199203152019032001"


def _unor(db: Database, unor_id: str) -> Unor:
    with db.read_session() as s:
        u = s.get(Unor, unor_id)
        assert u is not None
        return u


def _pegawai(db: Database, pegawai_id: str) -> Pegawai:
    with db.read_session() as s:
        p = s.get(Pegawai, pegawai_id)
        assert p is not None
        return p


def _data_pegawai(org: Org, **kw: object) -> DataPegawai:
    values: dict[str, object] = {
        "nip": "19920315 201903 2 001",
        "nama": "  Sari   Wulandari ",
        "jabatan": "Analis Kebijakan Ahli Pertama",
        "unor_id": org.unor_id,
        "kelompok_jabatan": KelompokJabatan.JF,
        "jenjang": Jenjang.AHLI_PERTAMA,
        "tmt_jabatan": date(2024, 1, 1),
        "golongan": "iii/a",
        "atasan_id": org.kepala.pegawai_id,
    }
    values.update(kw)
    return DataPegawai(**values)  # type: ignore[arg-type]


# --- unit organisasi ----------------------------------------------------------------------------


def test_tambah_ubah_pindah_unor_each_with_its_outbox_entry(
    admin: LayananAdmin, db: Database, org: Org
) -> None:
    bagian = admin.tambah_unor(
        DataUnor("Bagian  Umum", "Administrator / Eselon IIIa", org.unor_id, org.unor_id)
    )
    sub = admin.tambah_unor(DataUnor("Subbagian Rumah Tangga", unor_atasan_id=bagian))
    u = _unor(db, bagian)
    assert (u.nama, u.jenis, u.unor_atasan_id, u.kota) == (
        "Bagian Umum",
        "Administrator / Eselon IIIa",
        org.unor_id,
        None,
    )
    admin.ubah_unor(bagian, DataUnor("Bagian Umum dan Keuangan", "Administrator", org.unor_id))
    admin.pindah_unor(sub, None)
    assert _unor(db, sub).unor_atasan_id is None
    ops = outbox(db)
    assert [(op, id_) for op, id_, _ in ops] == [
        ("unor.create", bagian),
        ("unor.create", sub),
        ("unor.update", bagian),
        ("unor.update", sub),
    ]
    assert ops[0][2]["nama"] == "Bagian Umum" and ops[0][2]["unor_atasan_id"] == org.unor_id
    assert ops[2][2] == {
        "nama": "Bagian Umum dan Keuangan",
        "jenis": "Administrator",
        "unor_induk_id": None,
    }
    assert ops[3][2] == {"unor_atasan_id": None}
    rows = {r.id: r for r in admin.daftar_unor()}
    assert rows[org.unor_id].jumlah_anak == 1 and rows[org.unor_id].jumlah_pegawai == 4


def test_moving_a_unit_under_its_own_sub_unit_is_refused(
    admin: LayananAdmin, db: Database, org: Org
) -> None:
    bagian = admin.tambah_unor(DataUnor("Bagian Umum", unor_atasan_id=org.unor_id))
    sub = admin.tambah_unor(DataUnor("Subbagian TU", unor_atasan_id=bagian))
    before = outbox(db)
    with pytest.raises(IsianSalah) as error:
        admin.pindah_unor(org.unor_id, sub)
    assert error.value.kolom == "unor_atasan_id"
    assert str(error.value) == (
        "Biro Uji tidak dapat dipindah ke bawah Subbagian TU, karena Subbagian TU berada di "
        "bawahnya: Biro Uji → Bagian Umum → Subbagian TU."
    )
    with pytest.raises(IsianSalah, match="dirinya sendiri"):
        admin.pindah_unor(bagian, bagian)
    with pytest.raises(IsianSalah, match="Sudah ada unit bernama “Bagian Umum” di bawah Biro"):
        admin.tambah_unor(DataUnor("bagian umum", unor_atasan_id=org.unor_id))
    with pytest.raises(IsianSalah, match="Nama unit belum diisi"):
        admin.tambah_unor(DataUnor("   "))
    assert outbox(db) == before
    assert _unor(db, org.unor_id).unor_atasan_id is None


def test_deactivating_a_unit_with_pegawai_or_sub_units_is_refused(
    admin: LayananAdmin, db: Database, org: Org
) -> None:
    bagian = admin.tambah_unor(DataUnor("Bagian Umum", unor_atasan_id=org.unor_id))
    with pytest.raises(UserError) as error:
        admin.hapus_unor(org.unor_id)
    assert str(error.value) == (
        "Unit “Biro Uji” tidak dapat dinonaktifkan: masih ada 4 pegawai dan 1 unit di "
        "bawahnya. Pindahkan atau akhiri terlebih dahulu."
    )
    admin.hapus_unor(bagian)
    assert _unor(db, bagian).deleted_at is not None
    assert outbox(db)[-1][:2] == ("unor.delete", bagian)
    assert bagian not in {r.id for r in admin.daftar_unor()}


# --- pegawai ------------------------------------------------------------------------------------


def test_tambah_pegawai_normalises_and_records_create(
    admin: LayananAdmin, db: Database, org: Org
) -> None:
    pegawai_id = admin.tambah_pegawai(_data_pegawai(org))
    p = _pegawai(db, pegawai_id)
    assert (p.nip, p.nama, p.golongan, p.jenjang, p.is_admin) == (
        NIP_BARU,
        "Sari Wulandari",
        "III/a",
        Jenjang.AHLI_PERTAMA,
        False,
    )
    [(op, entity_id, payload)] = outbox(db)
    assert (op, entity_id) == ("pegawai.create", pegawai_id)
    assert payload["nip"] == NIP_BARU and payload["atasan_id"] == org.kepala.pegawai_id
    row = next(r for r in admin.daftar_pegawai() if r.id == pegawai_id)
    assert (row.unor_nama, row.atasan_nama) == ("Biro Uji", "Kepala Uji")


def test_pegawai_refusals_name_their_field_and_write_nothing(
    admin: LayananAdmin, db: Database, org: Org
) -> None:
    cases = {
        "nip": _data_pegawai(org, nip="1992031520190320"),
        "golongan": _data_pegawai(org, golongan="IX"),
        "nama": _data_pegawai(org, nama=" "),
    }
    for kolom, data in cases.items():
        with pytest.raises(IsianSalah) as error:
            admin.tambah_pegawai(data)
        assert error.value.kolom == kolom
    with pytest.raises(IsianSalah, match="sudah dipakai oleh Staf Uji"):
        admin.tambah_pegawai(_data_pegawai(org, nip="198505052010012002"))
    assert outbox(db) == []


def test_pppk_and_a_non_asn_jpt_with_nik() -> None:
    nip = buat_ni_pppk(date(1990, 1, 1), 2021, 1, "L", 1)
    org_unor = "u"
    assert kesalahan_pegawai(DataPegawai(nip, "A", "Pengelola", org_unor, golongan="IX")) == {}
    assert "golongan" in kesalahan_pegawai(
        DataPegawai(nip, "A", "Pengelola", org_unor, golongan="III/a")
    )
    nik = "3201010101010001"
    assert "nip" in kesalahan_pegawai(DataPegawai(nik, "B", "Kepala", org_unor))
    jpt = DataPegawai(nik, "B", "Kepala", org_unor, kelompok_jabatan=KelompokJabatan.JPT)
    assert kesalahan_pegawai(jpt) == {}


def test_atasan_cycles_are_refused(admin: LayananAdmin, db: Database, org: Org) -> None:
    kepala = _pegawai(db, org.kepala.pegawai_id)
    data = DataPegawai(
        kepala.nip,
        kepala.nama,
        kepala.jabatan,
        kepala.unor_id,
        JenisJabatan.PIMPINAN,
        KelompokJabatan.JPT,
        kepala.golongan,
    )
    with pytest.raises(IsianSalah) as error:
        admin.ubah_pegawai(kepala.id, replace(data, atasan_id=org.staf.pegawai_id))
    assert error.value.kolom == "atasan_id"
    assert "Staf Uji tidak dapat menjadi atasan langsung Kepala Uji" in str(error.value)
    with pytest.raises(IsianSalah, match="dirinya sendiri"):
        admin.ubah_pegawai(kepala.id, replace(data, atasan_id=kepala.id))
    admin.ubah_pegawai(kepala.id, replace(data, jabatan="Kepala Biro Uji Coba"))
    assert outbox(db) == [("pegawai.update", kepala.id, {"jabatan": "Kepala Biro Uji Coba"})]


def test_deactivate_pegawai_and_add_them_back(admin: LayananAdmin, db: Database, org: Org) -> None:
    with pytest.raises(UserError, match="masih menjadi atasan langsung 3 pegawai"):
        admin.hapus_pegawai(org.kepala.pegawai_id)
    with pytest.raises(UserError, match="akun Anda sendiri"):
        admin.hapus_pegawai(org.admin.pegawai_id)
    assert outbox(db) == []
    admin.hapus_pegawai(org.rekan.pegawai_id)
    assert _pegawai(db, org.rekan.pegawai_id).deleted_at is not None
    assert org.rekan.pegawai_id not in {r.id for r in admin.daftar_pegawai()}
    kembali = admin.tambah_pegawai(
        _data_pegawai(org, nip="199001012015011003", nama="Rekan Uji", golongan="III/b")
    )
    assert kembali == org.rekan.pegawai_id
    assert _pegawai(db, kembali).deleted_at is None
    assert [op for op, _, _ in outbox(db)] == [
        "pegawai.delete",
        "pegawai.restore",
        "pegawai.update",
    ]


# --- PLT / PLH ----------------------------------------------------------------------------------


def _plt(org: Org, **kw: object) -> DataPlt:
    values: dict[str, object] = {
        "pegawai_id": org.staf.pegawai_id,
        "unor_id": org.unor_id,
        "jabatan": "PLT Kepala Biro Uji",
        "jenis": JenisPlt.PLT,
        "periode_awal": date(2026, 3, 1),
        "periode_akhir": date(2026, 8, 31),
    }
    values.update(kw)
    return DataPlt(**values)  # type: ignore[arg-type]


def test_plt_add_overlap_end_and_delete(admin: LayananAdmin, db: Database, org: Org) -> None:
    plt_id = admin.tambah_plt(_plt(org))
    with pytest.raises(IsianSalah, match="sudah dipegang PLT oleh Staf Uji"):
        plh = _plt(org, pegawai_id=org.rekan.pegawai_id, jenis=JenisPlt.PLH)
        admin.tambah_plt(
            replace(plh, periode_awal=date(2026, 8, 1), periode_akhir=date(2026, 8, 9))
        )
    with pytest.raises(IsianSalah, match="tidak boleh sebelum periode awal") as error:
        admin.tambah_plt(_plt(org, periode_awal=date(2026, 9, 2), periode_akhir=date(2026, 9, 1)))
    assert error.value.kolom == "periode_akhir"
    with pytest.raises(UserError, match="masih memegang 1 penugasan PLT/PLH aktif"):
        admin.hapus_pegawai(org.staf.pegawai_id)

    admin.akhiri_plt(plt_id, date(2026, 4, 30))  # the clock says 10 April: still acting
    [row] = admin.daftar_plt()
    assert (row.periode_akhir, row.aktif, row.berlaku(date(2026, 4, 10))) == (
        date(2026, 4, 30),
        True,
        True,
    )
    with pytest.raises(IsianSalah, match="sudah berakhir 30 April 2026"):
        admin.akhiri_plt(plt_id, date(2026, 5, 31))
    admin.akhiri_plt(plt_id, date(2026, 4, 1))  # ended in the past: no longer active
    with db.read_session() as s:
        assert s.get(PltPlh, plt_id).aktif is False  # type: ignore[union-attr]
    admin.tambah_plt(_plt(org, pegawai_id=org.rekan.pegawai_id, periode_awal=date(2026, 4, 2)))
    admin.hapus_plt(plt_id)
    assert [op for op, _, _ in outbox(db)] == [
        "plt_plh.create",
        "plt_plh.update",
        "plt_plh.update",
        "plt_plh.create",
        "plt_plh.delete",
    ]
    assert outbox(db)[2][2] == {"periode_akhir": "2026-04-01", "aktif": False}


# --- who may ------------------------------------------------------------------------------------


def test_a_non_admin_is_forbidden_every_write(
    sebagai: Callable[[Aktor], UnitOfWork], db: Database, org: Org
) -> None:
    bukan_admin = LayananAdmin(sebagai(org.kepala))
    menyamar = LayananAdmin(sebagai(replace(org.kepala, is_admin=True)))  # the flag alone
    calls: list[Callable[[LayananAdmin], object]] = [
        lambda lay: lay.tambah_unor(DataUnor("Bagian X", unor_atasan_id=org.unor_id)),
        lambda lay: lay.hapus_unor(org.unor_id),
        lambda lay: lay.tambah_pegawai(_data_pegawai(org)),
        lambda lay: lay.hapus_pegawai(org.rekan.pegawai_id),
        lambda lay: lay.tambah_plt(_plt(org)),
    ]
    for layanan in (bukan_admin, menyamar):
        for call in calls:
            with pytest.raises(ForbiddenError, match="Hanya admin instansi"):
                call(layanan)
    assert outbox(db) == []


def test_listeners_hear_the_changed_tables(admin: LayananAdmin, org: Org) -> None:
    heard: list[ChangeSet] = []
    admin.uow.subscribe(heard.append)
    unor_id = admin.tambah_unor(DataUnor("Bagian Baru", unor_atasan_id=org.unor_id))
    assert heard[-1].ids("unor") == {unor_id}
    with pytest.raises(UserError):
        admin.hapus_unor(org.unor_id)
    assert len(heard) == 1  # a refusal commits nothing


def test_reads_stay_in_the_instansi(admin: LayananAdmin, db: Database) -> None:
    with db.read_session() as s:
        assert {p.nama for p in s.scalars(select(Pegawai))} == {
            r.nama for r in admin.daftar_pegawai()
        }
    assert admin.instansi().nama == "Instansi Uji"
