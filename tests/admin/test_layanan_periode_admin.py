"""LayananPeriodeAdmin: the year's periods, editing a batas pengisian, reopening a period past
its batas (read back by the penilaian rules) and closing it, the instansi's ideal curve."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import (
    KURVA_IDEAL,
    CapaianOrganisasi,
    JenisPeriode,
    PolaPeriode,
    Predikat,
)
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import Instansi, PeriodeDibukaUlang
from ekinerja_desktop.services.admin import DataUnor, IsianSalah, LayananAdmin
from ekinerja_desktop.services.admin_periode import LayananPeriodeAdmin
from ekinerja_desktop.services.penilaian_relasi import dibuka_ulang
from ekinerja_desktop.services.queries_rekap import kurva_ideal_instansi
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from tests.admin.conftest import Jam, outbox
from tests.support import Org


@pytest.fixture
def tw(periode_admin: LayananPeriodeAdmin) -> list[str]:
    return periode_admin.buat_periode_tahun(2026, PolaPeriode.TRIWULANAN)


def test_the_years_periods_are_made_once(
    periode_admin: LayananPeriodeAdmin, db: Database, tw: list[str]
) -> None:
    rows = periode_admin.daftar_periode(2026)
    assert [r.nama for r in rows] == [
        "Periode 1 (TW1)",
        "Periode 2 (TW2)",
        "Periode 3 (TW3)",
        "Periode 4 (TW4)",
        "Periode 5 (FINAL)",
    ]
    assert rows[0].batas_pengisian == date(2026, 4, 5) and rows[4].jenis is JenisPeriode.FINAL
    assert [op for op, _, _ in outbox(db)] == ["periode.create"] * 5
    assert periode_admin.daftar_tahun() == [2027, 2026]
    with pytest.raises(UserError, match="Tahun 2026 sudah memiliki 5 periode"):
        periode_admin.buat_periode_tahun(2026, PolaPeriode.BULANAN)
    bulanan = periode_admin.buat_periode_tahun(2027, PolaPeriode.BULANAN)
    assert len(bulanan) == 13
    with db.read_session() as s:
        assert s.scalars(select(Instansi.pola_periode)).one() is PolaPeriode.BULANAN
    assert ("instansi.update", {"pola_periode": "BULANAN"}) in [
        (op, payload) for op, _, payload in outbox(db)
    ]


def test_edit_batas_pengisian_within_the_rules(
    periode_admin: LayananPeriodeAdmin, db: Database, tw: list[str]
) -> None:
    awal, akhir = date(2026, 1, 1), date(2026, 3, 31)
    periode_admin.ubah_periode(tw[0], "Triwulan I", awal, akhir, date(2026, 4, 15))
    assert outbox(db)[-1] == (
        "periode.update",
        tw[0],
        {"nama": "Triwulan I", "batas_pengisian": "2026-04-15"},
    )
    with pytest.raises(IsianSalah, match="tidak boleh sebelum periode berakhir") as error:
        periode_admin.ubah_periode(tw[0], "Triwulan I", awal, akhir, date(2026, 3, 30))
    assert error.value.kolom == "batas_pengisian"
    with pytest.raises(UserError, match=r"bertumpuk dengan Periode 2 \(TW2\)"):
        periode_admin.ubah_periode(tw[0], "Triwulan I", awal, date(2026, 4, 1), date(2026, 4, 15))
    assert len(outbox(db)) == 6


def test_add_and_delete_a_period(periode_admin: LayananPeriodeAdmin, db: Database) -> None:
    p = periode_admin.tambah_periode(
        2026, "Semester I", date(2026, 1, 1), date(2026, 6, 30), date(2026, 7, 5),
        JenisPeriode.PERIODIK,
    )  # fmt: skip
    assert periode_admin.daftar_periode(2026)[0].nomor == 1
    periode_admin.hapus_periode(p)
    assert periode_admin.daftar_periode(2026) == []
    assert [op for op, _, _ in outbox(db)] == ["periode.create", "periode.delete"]


def test_reopen_after_the_batas_reaches_the_penilaian_rules_and_closes(
    periode_admin: LayananPeriodeAdmin, admin: LayananAdmin, db: Database, org: Org,
    tw: list[str], jam: Jam,
) -> None:  # fmt: skip
    bagian = admin.tambah_unor(DataUnor("Bagian Umum", unor_atasan_id=org.unor_id))
    with pytest.raises(IsianSalah, match="belum lewat") as error:
        periode_admin.buka_ulang(tw[1], org.unor_id, date(2026, 7, 31), "Gangguan")  # TW2
    assert error.value.kolom == "periode_id"
    with pytest.raises(IsianSalah, match="tidak boleh sebelum hari ini"):
        periode_admin.buka_ulang(tw[0], org.unor_id, date(2026, 4, 9), "Gangguan")
    sebelum = outbox(db)
    for kosong in ("", "   \n "):
        with pytest.raises(IsianSalah, match="Alasan pembukaan ulang wajib diisi") as error:
            periode_admin.buka_ulang(tw[0], org.unor_id, date(2026, 4, 30), kosong)
        assert error.value.kolom == "alasan"
    with pytest.raises(IsianSalah, match="paling banyak 500 karakter"):
        periode_admin.buka_ulang(tw[0], org.unor_id, date(2026, 4, 30), "x" * 501)
    assert outbox(db) == sebelum  # refused: nothing written
    assert periode_admin.daftar_dibuka_ulang(tw[0]) == []

    id_ = periode_admin.buka_ulang(
        tw[0], org.unor_id, date(2026, 4, 30), "  Server e-Kinerja gangguan " + "x" * 474 + " "
    )  # 500 characters once trimmed
    assert outbox(db)[-1][0] == "periode_dibuka_ulang.create"
    assert outbox(db)[-1][2]["oleh_id"] == org.admin.pegawai_id
    assert len(outbox(db)[-1][2]["alasan"]) == 500
    hari_ini = date(2026, 4, 10)
    with db.read_session() as s:  # as the penilaian screens read it, for the bagian below too
        assert dibuka_ulang(s, tw[0], bagian, hari_ini) == date(2026, 4, 30)
    [row] = periode_admin.daftar_periode(2026)[:1]
    assert row.dibuka_ulang_sampai == date(2026, 4, 30)

    diperpanjang = periode_admin.buka_ulang(tw[0], org.unor_id, date(2026, 5, 15), "Susulan")
    assert diperpanjang == id_  # extended, with the new reason
    assert outbox(db)[-1][:2] == ("periode_dibuka_ulang.update", id_)
    assert outbox(db)[-1][2]["alasan"] == "Susulan"
    [dibuka] = periode_admin.daftar_dibuka_ulang(tw[0])
    assert (dibuka.unor_nama, dibuka.sampai, dibuka.oleh_nama, dibuka.alasan) == (
        "Biro Uji",
        date(2026, 5, 15),
        "Admin Uji",
        "Susulan",
    )

    periode_admin.tutup_buka_ulang(id_)
    assert outbox(db)[-1][2] == {"sampai": "2026-04-09"}
    with db.read_session() as s:
        assert dibuka_ulang(s, tw[0], org.unor_id, hari_ini) is None
        assert s.get(PeriodeDibukaUlang, id_).deleted_at is None  # type: ignore[union-attr]
    with pytest.raises(UserError, match="sudah berakhir 9 April 2026"):
        periode_admin.tutup_buka_ulang(id_)
    with pytest.raises(UserError, match="masih dipakai oleh 1 pembukaan ulang"):
        periode_admin.hapus_periode(tw[0])


def test_ideal_curve_override_warns_and_goes_back_to_the_default(
    periode_admin: LayananPeriodeAdmin, db: Database, org: Org
) -> None:
    porsi = {Predikat.SANGAT_BAIK: 0.2, Predikat.BAIK: 0.8}
    peringatan = periode_admin.simpan_kurva_ideal(CapaianOrganisasi.BAIK, porsi)
    assert len(peringatan) == 2 and "paling banyak 70 %" in peringatan[0]
    with db.read_session() as s:
        override = kurva_ideal_instansi(s, _instansi(db))
    assert override[CapaianOrganisasi.BAIK][Predikat.BAIK] == 0.8  # what the kurva page reads
    rows = {r.capaian: r for r in periode_admin.daftar_kurva_ideal()}
    assert rows[CapaianOrganisasi.BAIK].override_id is not None
    assert rows[CapaianOrganisasi.ISTIMEWA].porsi == dict(KURVA_IDEAL[CapaianOrganisasi.ISTIMEWA])

    periode_admin.simpan_kurva_ideal(CapaianOrganisasi.BAIK, KURVA_IDEAL[CapaianOrganisasi.BAIK])
    with pytest.raises(IsianSalah, match="jumlah seluruh nilai harus 1"):
        periode_admin.simpan_kurva_ideal(CapaianOrganisasi.BAIK, {Predikat.BAIK: 0.9})
    periode_admin.kembalikan_kurva_bawaan(CapaianOrganisasi.BAIK)
    assert all(r.override_id is None for r in periode_admin.daftar_kurva_ideal())
    assert [op for op, _, _ in outbox(db)] == [
        "kurva_ideal.create",
        "kurva_ideal.update",
        "kurva_ideal.delete",
    ]


def _instansi(db: Database) -> str:
    with db.read_session() as s:
        return s.scalars(select(Instansi.id)).one()


def test_a_non_admin_is_forbidden(
    sebagai: Callable[[Aktor], UnitOfWork], periode_admin: LayananPeriodeAdmin, org: Org,
    db: Database,
) -> None:  # fmt: skip
    tw = periode_admin.buat_periode_tahun(2026, PolaPeriode.TRIWULANAN)
    before = outbox(db)
    lain = LayananPeriodeAdmin(sebagai(org.kepala))
    baik = KURVA_IDEAL[CapaianOrganisasi.BAIK]
    calls: list[Callable[[], object]] = [
        lambda: lain.buat_periode_tahun(2027, PolaPeriode.TRIWULANAN),
        lambda: lain.ubah_periode(tw[0], "X", date(2026, 1, 1), date(2026, 3, 31),
                                  date(2026, 4, 30)),
        lambda: lain.buka_ulang(tw[0], org.unor_id, date(2026, 4, 30), "Gangguan"),
        lambda: lain.simpan_kurva_ideal(CapaianOrganisasi.BAIK, baik),
        lambda: lain.hapus_periode(tw[0]),
    ]  # fmt: skip
    for call in calls:
        with pytest.raises(ForbiddenError):
            call()
    assert outbox(db) == before
