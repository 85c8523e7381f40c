"""The rekap and kurva read models against constructed ratings (domain.md §5–§6)."""

from __future__ import annotations

from collections import Counter

import pytest

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import (
    CapaianOrganisasi,
    Predikat,
    StatusCapaian,
    cek_pola_distribusi,
    kurva_ideal,
    predikat_kinerja,
)
from ekinerja_desktop.models import CapaianOrganisasiUnor, KurvaIdealInstansi
from ekinerja_desktop.services.queries_rekap import (
    Cakupan,
    JenisCakupan,
    StatusRekap,
    cakupan_aktor,
    daftar_unit_induk,
    muat_kurva,
    muat_rekap,
    periode_terakhir_dinilai,
    statistik_units,
)
from tests.rekap.data import ATAS, BAWAH, SEMUA_KOMBINASI, SESUAI, Unit, buat_unit


def _capaian(db: Database, unit: Unit, capaian: CapaianOrganisasi) -> None:
    with db.write_session() as s, s.begin():
        s.add(CapaianOrganisasiUnor(unor_id=unit.biro_id, periode_id=unit.tw1, capaian=capaian))


def test_rekap_rows_are_the_matrix_result_of_all_nine_combinations(db: Database) -> None:
    unit = buat_unit(db, list(SEMUA_KOMBINASI))
    with db.read_session() as s:
        rekap = muat_rekap(s, Cakupan(JenisCakupan.BAWAHAN, unit.kabag.pegawai_id, ""), unit.tw1)
    by_nama = {r.nama: r for r in rekap.rows}
    assert len(rekap.rows) == 9
    for i, (hasil, perilaku) in enumerate(SEMUA_KOMBINASI):
        row = by_nama[f"Staf {i:02d}"]
        assert (row.rating_hasil_kerja, row.rating_perilaku_kerja) == (hasil, perilaku)
        assert row.predikat is predikat_kinerja(hasil, perilaku)
        assert row.status is StatusRekap.DINILAI
        assert row.penilaian_id == unit.penilaian_ids[i]
    # the S002 matrix, spelled out: the rekap shows exactly these
    expected = {
        (ATAS, BAWAH): Predikat.KURANG,
        (ATAS, SESUAI): Predikat.BAIK,
        (ATAS, ATAS): Predikat.SANGAT_BAIK,
        (SESUAI, BAWAH): Predikat.KURANG,
        (SESUAI, SESUAI): Predikat.BAIK,
        (SESUAI, ATAS): Predikat.BAIK,
        (BAWAH, BAWAH): Predikat.SANGAT_KURANG,
        (BAWAH, SESUAI): Predikat.BUTUH_PERBAIKAN,
        (BAWAH, ATAS): Predikat.BUTUH_PERBAIKAN,
    }
    shown = {(r.rating_hasil_kerja, r.rating_perilaku_kerja): r.predikat for r in rekap.rows}
    assert shown == expected


def test_unrated_rows_say_why(db: Database) -> None:
    unit = buat_unit(db, [(SESUAI, SESUAI), None, "draft", "tanpa-skp"])
    with db.read_session() as s:
        rekap = muat_rekap(s, Cakupan(JenisCakupan.BAWAHAN, unit.kabag.pegawai_id, ""), unit.tw1)
    status = {r.nama: r.status for r in rekap.rows}
    assert status == {
        "Staf 00": StatusRekap.DINILAI,
        "Staf 01": StatusRekap.BELUM_DINILAI,
        "Staf 02": StatusRekap.SKP_BELUM_DISETUJUI,
        "Staf 03": StatusRekap.BELUM_ADA_SKP,
    }
    assert [r.predikat for r in rekap.rows] == [Predikat.BAIK, None, None, None]


def test_a_unit_counts_its_pegawai_and_its_head_counts_in_the_unit_above(db: Database) -> None:
    unit = buat_unit(db, [(SESUAI, SESUAI), (ATAS, ATAS)])
    with db.read_session() as s:
        assert {u.id for u in daftar_unit_induk(s, unit.instansi_id)} == {
            unit.setjen_id,
            unit.biro_id,
        }
        biro = muat_rekap(s, Cakupan(JenisCakupan.UNIT, unit.biro_id, ""), unit.tw1)
        setjen = muat_rekap(s, Cakupan(JenisCakupan.UNIT, unit.setjen_id, ""), unit.tw1)
    assert sorted(r.nama for r in biro.rows) == ["Kabag Uji", "Staf 00", "Staf 01"]
    # the kepala biro is rated by the sekjen: counted in the setjen, with the admin
    assert sorted(r.nama for r in setjen.rows) == ["Admin Uji", "Kepala Biro Uji"]


def test_scopes_by_role(db: Database) -> None:
    unit = buat_unit(db, [(SESUAI, SESUAI)])
    with db.read_session() as s:
        kepala = cakupan_aktor(s, unit.kepala.pegawai_id, False)
        kabag = cakupan_aktor(s, unit.kabag.pegawai_id, False)
        staf = cakupan_aktor(s, unit.staf[0].pegawai_id, False)
        admin = cakupan_aktor(s, unit.admin.pegawai_id, True)
    assert [(c.jenis, c.id) for c in kepala] == [
        (JenisCakupan.BAWAHAN, unit.kepala.pegawai_id),
        (JenisCakupan.UNIT, unit.biro_id),
    ]
    assert [(c.jenis, c.id) for c in kabag] == [(JenisCakupan.BAWAHAN, unit.kabag.pegawai_id)]
    assert staf == []
    assert {c.id for c in admin} == {unit.biro_id, unit.setjen_id}


@pytest.mark.parametrize("capaian", list(CapaianOrganisasi))
def test_kurva_ideal_is_the_domain_row_and_actual_is_the_data(
    db: Database, capaian: CapaianOrganisasi
) -> None:
    ratings = [(SESUAI, SESUAI)] * 5 + [(ATAS, ATAS)] * 2 + [(BAWAH, SESUAI)] + [(BAWAH, BAWAH)]
    unit = buat_unit(db, [*ratings, None, None])
    _capaian(db, unit, capaian)
    with db.read_session() as s:
        kurva = muat_kurva(s, Cakupan(JenisCakupan.UNIT, unit.biro_id, ""), unit.tw1)
    assert kurva.capaian is capaian
    assert dict(kurva.ideal or {}) == kurva_ideal(capaian)
    # 11 staf + the kabag (unrated, no SKP) = 12 pegawai, 9 rated
    assert (kurva.jumlah_pegawai, kurva.jumlah_dinilai, kurva.belum_dinilai) == (12, 9, 3)
    counts = Counter(predikat_kinerja(h, p) for h, p in ratings)
    assert dict(kurva.jumlah) == {p: counts.get(p, 0) for p in Predikat}
    assert dict(kurva.aktual) == {p: counts.get(p, 0) / 9 for p in Predikat}
    assert kurva.jumlah_ideal(Predikat.BAIK) == pytest.approx(
        kurva_ideal(capaian)[Predikat.BAIK] * 12
    )
    assert list(kurva.peringatan) == cek_pola_distribusi(capaian, kurva.jumlah)


def test_kurva_without_capaian_has_no_ideal_and_no_warnings(db: Database) -> None:
    unit = buat_unit(db, [(ATAS, ATAS)] * 3)
    with db.read_session() as s:
        kurva = muat_kurva(s, Cakupan(JenisCakupan.BAWAHAN, unit.kabag.pegawai_id, ""), unit.tw1)
    assert kurva.capaian is None and kurva.ideal is None and kurva.peringatan == ()
    assert kurva.unit_induk is not None and kurva.unit_induk.id == unit.biro_id
    assert kurva.jumlah[Predikat.SANGAT_BAIK] == 3


def test_kurva_uses_the_instansi_override_and_survives_a_broken_one(db: Database) -> None:
    unit = buat_unit(db, [(SESUAI, SESUAI)] * 4)
    _capaian(db, unit, CapaianOrganisasi.BAIK)
    porsi = {"SANGAT_BAIK": 0.2, "BAIK": 0.6, "BUTUH_PERBAIKAN": 0.1, "KURANG": 0.1}
    with db.write_session() as s, s.begin():
        s.add(
            KurvaIdealInstansi(
                instansi_id=unit.instansi_id, capaian=CapaianOrganisasi.BAIK, porsi=porsi
            )
        )
    cakupan = Cakupan(JenisCakupan.UNIT, unit.biro_id, "")
    with db.read_session() as s:
        kurva = muat_kurva(s, cakupan, unit.tw1)
    assert kurva.ideal is not None and kurva.ideal[Predikat.SANGAT_BAIK] == 0.2
    assert kurva.ideal[Predikat.SANGAT_KURANG] == 0.0
    with db.write_session() as s, s.begin():
        row = s.query(KurvaIdealInstansi).one()
        row.porsi = {"BAIK": 0.5}  # sums to 0.5
    with db.read_session() as s:
        kurva = muat_kurva(s, cakupan, unit.tw1)
    assert dict(kurva.ideal or {}) == kurva_ideal(CapaianOrganisasi.BAIK)
    assert "Kurva ideal bawaan aplikasi dipakai" in kurva.peringatan[0]


def test_statistics_of_several_units_and_the_latest_rated_period(db: Database) -> None:
    unit = buat_unit(db, [(ATAS, ATAS), (SESUAI, SESUAI), (BAWAH, SESUAI), None])
    with db.read_session() as s:
        stats = statistik_units(s, unit.tw1, [unit.biro_id, unit.setjen_id])
        assert periode_terakhir_dinilai(s, unit.instansi_id) == unit.tw1
    biro = stats[unit.biro_id]
    assert (biro.jumlah_pegawai, biro.jumlah_dinilai, biro.belum_dinilai) == (5, 3, 2)
    assert biro.jumlah[Predikat.SANGAT_BAIK] == 1
    assert biro.jumlah[Predikat.BUTUH_PERBAIKAN] == 1
    assert stats[unit.setjen_id].jumlah_pegawai == 2


def test_capaian_status_travels_with_the_kurva(db: Database) -> None:
    unit = buat_unit(db, [(SESUAI, SESUAI)])
    with db.write_session() as s, s.begin():
        s.add(
            CapaianOrganisasiUnor(
                unor_id=unit.biro_id,
                periode_id=unit.tw1,
                capaian=CapaianOrganisasi.ISTIMEWA,
                status=StatusCapaian.FINAL,
            )
        )
    with db.read_session() as s:
        kurva = muat_kurva(s, Cakupan(JenisCakupan.UNIT, unit.biro_id, ""), unit.tw1)
    assert kurva.status_capaian is StatusCapaian.FINAL
