"""The MPH query, cell by cell: on the constructed cascade and on the demo instansi."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from ekinerja_desktop.db import Database
from ekinerja_desktop.demo import buat_demo
from ekinerja_desktop.domain import KlasifikasiRhk, Pendekatan, StatusSkp
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import Pegawai, Rhk, Skp, Unor
from ekinerja_desktop.services.mph import Mph, PilihanMph, mph_tim, mph_unit, pilihan_mph
from ekinerja_desktop.services.tim import unor_di_bawah
from tests.support import migrated_database
from tests.tim.conftest import TAHUN, Cascade, TimSiap, mph, skp, tim

UNIT = PilihanMph("unit", "Unit kerja", None)


def sel(m: Mph, pegawai_id: str) -> list[list[tuple[str, str]]]:
    """Each group's cell of a row as (teks, melalui)."""
    [baris] = [b for b in m.baris if b.id == pegawai_id]
    return [[(p.teks, p.melalui) for p in peran] for peran in baris.peran]


def test_unit_matrix_columns_are_the_jpt_iki_grouped_under_their_rhk(
    db: Database, siap: TimSiap
) -> None:
    m = mph(db, siap.c.org.jpt).muat(UNIT, TAHUN)
    assert m is not None and m.boleh_ubah and m.tim_id is None
    assert [(k.nomor, k.teks, k.iki_id) for k in m.kolom] == [
        ("1.1", "Persentase realisasi anggaran", siap.c.iki[0]),
        ("1.2", "Indeks kepuasan layanan perencanaan", siap.c.iki[1]),
        ("2.1", "Nilai SAKIP biro", siap.c.iki[2]),
    ]
    assert [(g.rhk_id, g.kolom_awal, g.jumlah_kolom) for g in m.grup] == [
        (siap.c.rhk_jpt_1, 0, 2),
        (siap.c.rhk_jpt_2, 2, 1),
    ]
    assert m.grup_kolom(1).rhk_id == siap.c.rhk_jpt_1


def test_unit_matrix_cells_follow_the_cascade(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    m = mph(db, org.jpt).muat(UNIT, TAHUN)
    assert m is not None
    # Rows: the unit and the unit below it, the leader excluded; pimpinan first, then by name.
    assert {b.id for b in m.baris} == {
        org.ketua.pegawai_id,
        org.anggota.pegawai_id,
        org.tanpa_skp.pegawai_id,
        org.bukan_jpt.pegawai_id,
    }
    ketua_rhk = "Tersedianya data kinerja biro yang mutakhir"
    assert sel(m, org.ketua.pegawai_id) == [[(ketua_rhk, "")], []]
    # The anggota reaches the JPT through the ketua's RHK.
    assert sel(m, org.anggota.pegawai_id) == [
        [("Terkumpulnya data capaian triwulanan", ketua_rhk)],
        [],
    ]
    [anggota] = [b for b in m.baris if b.id == org.anggota.pegawai_id]
    assert anggota.peran[0][0].melalui_pemilik == "Staf Uji"
    assert not anggota.peran[0][0].langsung
    [tanpa] = [b for b in m.baris if b.id == org.tanpa_skp.pegawai_id]
    assert tanpa.tanpa_peran and tanpa.skp_id is None and tanpa.status is None
    [ja] = [b for b in m.baris if b.id == org.bukan_jpt.pegawai_id]
    assert ja.tanpa_peran and ja.status is StatusSkp.DRAFT and ja.di_luar == ()


def test_team_matrix_is_the_ketua_rhk_against_the_anggota(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    pilihan = PilihanMph(siap.tim_id, "Tim", siap.tim_id)
    untuk_ketua = mph(db, org.ketua).muat(pilihan, TAHUN)
    assert untuk_ketua is not None and untuk_ketua.boleh_ubah
    assert untuk_ketua.tim_nama == "Tim Data Kinerja"
    assert [(k.nomor, k.iki_id) for k in untuk_ketua.kolom] == [("1.1", siap.iki_ketua)]
    assert [b.id for b in untuk_ketua.baris] == [org.anggota.pegawai_id]
    assert sel(untuk_ketua, org.anggota.pegawai_id) == [
        [("Terkumpulnya data capaian triwulanan", "")]
    ]
    untuk_anggota = mph(db, org.anggota).muat(pilihan, TAHUN)
    assert untuk_anggota is not None and not untuk_anggota.boleh_ubah  # anggota may view


def test_rhk_outside_the_matrix_and_other_units(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    # An RHK of the anggota intervening nothing of the leader: "di luar matriks".
    skp(db, org.anggota).tambah_rhk(siap.c.anggota_skp, "Menjadi narasumber internal")
    # A pegawai of another unit intervening the JPT directly: a row of the unit matrix.
    skp(db, org.luar).tambah_rhk(
        siap.c.luar_skp, "Dukungan data lintas biro", rhk_diintervensi_id=siap.c.rhk_jpt_2
    )
    m = mph(db, org.jpt).muat(UNIT, TAHUN)
    assert m is not None
    [anggota] = [b for b in m.baris if b.id == org.anggota.pegawai_id]
    assert [p.teks for p in anggota.di_luar] == ["Menjadi narasumber internal"]
    [luar] = [b for b in m.baris if b.id == org.luar.pegawai_id]
    assert luar.lintas_unit and m.baris[-1].id == org.luar.pegawai_id
    assert sel(m, org.luar.pegawai_id) == [[], [("Dukungan data lintas biro", "")]]


def test_pilihan_per_role(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    assert [p.kunci for p in mph(db, org.jpt).pilihan(TAHUN)] == ["unit", siap.tim_id]
    assert [p.kunci for p in mph(db, org.ketua).pilihan(TAHUN)] == [siap.tim_id]
    assert [p.kunci for p in mph(db, org.anggota).pilihan(TAHUN)] == [siap.tim_id]
    assert mph(db, org.luar).pilihan(TAHUN) == []
    assert mph(db, org.jpt).pilihan(TAHUN + 1) == []  # no SKP that year


def test_kualitatif_leader_has_one_column_per_rhk(db: Database, cascade: Cascade) -> None:
    org = cascade.org
    layanan = skp(db, org.jpt)
    kualitatif = layanan.buat_skp(
        date(TAHUN + 1, 1, 1), date(TAHUN + 1, 12, 31), Pendekatan.KUALITATIF
    )
    rhk = layanan.tambah_rhk(
        kualitatif,
        "Terwujudnya layanan prima",
        klasifikasi=KlasifikasiRhk.ORGANISASI,
        unor_id=org.biro_id,
    )
    layanan.tambah_iki(rhk, "Layanan prima dengan kepuasan di atas 90% sepanjang tahun")
    m = mph(db, org.jpt).muat(UNIT, TAHUN + 1)
    assert m is not None and m.pendekatan is Pendekatan.KUALITATIF
    assert [(k.nomor, k.teks, k.iki_id) for k in m.kolom] == [
        ("1", "Terwujudnya layanan prima", None)
    ]


# --- writes from the matrix ------------------------------------------------------------------


def test_jpt_adds_an_rhk_from_a_cell(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    rhk_id = mph(db, org.jpt).tambah_rhk(
        org.bukan_jpt.pegawai_id,
        siap.c.rhk_jpt_2,
        "Tersedianya bahan evaluasi SAKIP",
        klasifikasi=KlasifikasiRhk.ORGANISASI,
        indikator="Jumlah bahan evaluasi",
    )
    with db.read_session() as s:
        rhk = s.get(Rhk, rhk_id)
        assert rhk is not None and rhk.skp_id == siap.c.bukan_jpt_skp
        assert rhk.unor_id == org.biro_id and rhk.penugasan_dari == "Kepala Biro Uji"
    m = mph(db, org.jpt).muat(UNIT, TAHUN)
    assert m is not None
    assert sel(m, org.bukan_jpt.pegawai_id) == [[], [("Tersedianya bahan evaluasi SAKIP", "")]]


def test_tambah_rhk_refusals(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    with pytest.raises(ForbiddenError, match="RHK Anda"):  # not the owner of the column
        mph(db, org.ketua).tambah_rhk(org.anggota.pegawai_id, siap.c.rhk_jpt_1, "X")
    with pytest.raises(UserError, match="bukan anggota"):  # team RHK: anggota only
        mph(db, org.ketua).tambah_rhk(org.bukan_jpt.pegawai_id, siap.rhk_ketua, "X")
    with pytest.raises(UserError, match="belum membuat SKP"):
        mph(db, org.jpt).tambah_rhk(org.tanpa_skp.pegawai_id, siap.c.rhk_jpt_1, "X")
    with pytest.raises(UserError, match="RHK Anda sendiri"):
        mph(db, org.jpt).tambah_rhk(org.jpt.pegawai_id, siap.c.rhk_jpt_1, "X")


def test_ketua_adds_an_rhk_from_the_team_matrix(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    rhk_id = mph(db, org.ketua).tambah_rhk(
        org.anggota.pegawai_id, siap.rhk_ketua, "Tervalidasinya data kinerja"
    )
    with db.read_session() as s:
        rhk = s.get(Rhk, rhk_id)
        assert rhk is not None and rhk.tim_kerja_id == siap.tim_id
        assert rhk.klasifikasi is KlasifikasiRhk.ORGANISASI


def test_jpt_creates_an_skp_for_a_pegawai_without_one(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    skp_id = mph(db, org.jpt).buat_skp_pegawai(
        org.tanpa_skp.pegawai_id, date(TAHUN, 1, 1), date(TAHUN, 12, 31), Pendekatan.KUALITATIF
    )
    with db.read_session() as s:
        baru = s.get(Skp, skp_id)
        assert baru is not None and baru.pegawai_id == org.tanpa_skp.pegawai_id
        assert baru.status is StatusSkp.DRAFT and baru.pejabat_penilai_id == org.jpt.pegawai_id
        assert baru.snapshot_pegawai["nama"] == "Admin Uji"
    with pytest.raises(UserError, match="sudah memiliki SKP"):
        mph(db, org.jpt).buat_skp_pegawai(
            org.tanpa_skp.pegawai_id, date(TAHUN, 6, 1), date(TAHUN, 6, 30), Pendekatan.KUANTITATIF
        )
    with pytest.raises(ForbiddenError):  # not their unit, not their atasan
        mph(db, org.jpt).buat_skp_pegawai(
            org.luar.pegawai_id,
            date(TAHUN + 1, 1, 1),
            date(TAHUN + 1, 12, 31),
            Pendekatan.KUANTITATIF,
        )
    with pytest.raises(ForbiddenError):  # a pegawai leads nobody
        mph(db, org.ketua).buat_skp_pegawai(
            org.anggota.pegawai_id,
            date(TAHUN + 1, 1, 1),
            date(TAHUN + 1, 12, 31),
            Pendekatan.KUANTITATIF,
        )


# --- the demo instansi -----------------------------------------------------------------------


def expected_cells(
    db: Database, leader_rhk: list[str], pegawai: list[str]
) -> dict[str, list[set[str]]]:
    """Per pegawai and leader RHK, the RHK reaching it: walked one RHK at a time (slow, plain)."""
    hasil: dict[str, list[set[str]]] = defaultdict(lambda: [set() for _ in leader_rhk])
    with db.read_session() as s:
        for pegawai_id in pegawai:
            hasil[pegawai_id]
            for skp_row in s.scalars(
                select(Skp).where(
                    Skp.pegawai_id == pegawai_id, Skp.tahun == TAHUN, Skp.deleted_at.is_(None)
                )
            ):
                for rhk in skp_row.rhk:
                    up = rhk
                    for _ in range(6):
                        if up is None or up.rhk_diintervensi_id is None:
                            break
                        if up.rhk_diintervensi_id in leader_rhk:
                            hasil[pegawai_id][leader_rhk.index(up.rhk_diintervensi_id)].add(rhk.id)
                            break
                        up = s.get(Rhk, up.rhk_diintervensi_id)
    return hasil


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, dict[str, str]]:
    database = migrated_database(Path(tmp_path_factory.mktemp("demo")))
    info = buat_demo(database, tahun=TAHUN)
    yield database, info.pengguna  # type: ignore[misc]
    database.dispose()


def test_demo_unit_matrix_cell_by_cell(demo: tuple[Database, dict[str, str]]) -> None:
    db, pengguna = demo
    pimpinan = pengguna["Pimpinan"]
    with db.read_session() as s:
        m = mph_unit(s, pimpinan, TAHUN, pimpinan)
        kepala = s.get(Pegawai, pimpinan)
        assert kepala is not None
        unit = unor_di_bawah(s, kepala.unor_id)
        di_unit = set(s.scalars(select(Pegawai.id).where(Pegawai.unor_id.in_(unit)))) - {pimpinan}
        assert s.get(Unor, kepala.unor_id).nama == "Biro Perencanaan dan Keuangan"  # type: ignore[union-attr]
    assert m is not None
    assert len(m.kolom) == 6 and len(m.grup) == 3  # 3 RHK × 2 IKI
    assert {b.id for b in m.baris} == di_unit
    expected = expected_cells(db, [g.rhk_id for g in m.grup], sorted(di_unit))
    for baris in m.baris:
        got = [{p.rhk_id for p in peran} for peran in baris.peran]
        assert got == expected[baris.id], baris.nama
    tanpa = [b for b in m.baris if b.tanpa_peran]
    assert tanpa and all(b.skp_id is None for b in tanpa)  # only the pegawai without an SKP


def test_demo_team_matrix_cell_by_cell(demo: tuple[Database, dict[str, str]]) -> None:
    db, pengguna = demo
    ketua = pengguna["Ketua Tim"]
    with db.read_session() as s:
        [tim_id] = [p.tim_id for p in pilihan_mph(s, ketua, TAHUN)]
        assert tim_id is not None
        m = mph_tim(s, tim_id, ketua)
    assert m is not None and m.boleh_ubah and len(m.baris) == 6
    expected = expected_cells(db, [g.rhk_id for g in m.grup], [b.id for b in m.baris])
    for baris in m.baris:
        assert [{p.rhk_id for p in peran} for peran in baris.peran] == expected[baris.id]
        assert all(p.langsung for peran in baris.peran for p in peran)


def test_layanan_without_aktor_reads_nothing(db: Database, siap: TimSiap) -> None:
    layanan = mph(db, siap.c.org.jpt)
    layanan.uow.aktor = None
    assert layanan.pilihan(TAHUN) == []
    assert layanan.muat(UNIT, TAHUN) is None
    with pytest.raises(UserError, match="Masuk"):
        tim(db, siap.c.org.jpt).__class__(layanan.uow).daftar_tim(TAHUN)
