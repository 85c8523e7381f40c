"""LayananTim: every use case, with its outbox entry, and every refusal leaving nothing written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import JenisRhk, KlasifikasiRhk, Pendekatan, StatusSkp
from ekinerja_desktop.errors import ForbiddenError, NotFoundError, UserError
from ekinerja_desktop.models import AnggotaTim, Iki, OutboxEntry, Rhk, Skp, TimKerja
from tests.support import ajukan, lengkapi_skp
from tests.tim.conftest import TAHUN, Cascade, TimSiap, buat_tim_siap, skp, tim


def outbox(db: Database) -> list[tuple[str, str]]:
    with db.read_session() as s:
        return [
            (e.op, e.entity_id)
            for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.client_seq))
        ]


def jumlah_outbox(db: Database) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry)) or 0


# --- the JPT: creating teams --------------------------------------------------------------------


def test_jpt_creates_a_team_in_a_unit_below_theirs(db: Database, cascade: Cascade) -> None:
    org = cascade.org
    sebelum = jumlah_outbox(db)
    tim_id = tim(db, org.jpt).buat_tim(org.bagian_id, "  Tim   Evaluasi  ", TAHUN)
    with db.read_session() as s:
        t = s.get(TimKerja, tim_id)
        assert t is not None
        assert (t.nama, t.unor_id, t.tahun) == ("Tim Evaluasi", org.bagian_id, TAHUN)
        assert (t.ketua_id, t.skp_organisasi_dibuat) == (None, False)
        assert t.dibuat_oleh_id == org.jpt.pegawai_id
    assert outbox(db)[sebelum:] == [("tim_kerja.create", tim_id)]


def test_konteks_offers_the_jpt_their_units_and_nobody_else(db: Database, cascade: Cascade) -> None:
    org = cascade.org
    konteks = tim(db, org.jpt).konteks()
    assert konteks.jpt
    assert [u.id for u in konteks.unor] == [org.biro_id, org.bagian_id]
    assert TAHUN in konteks.punya_skp
    assert not tim(db, org.ketua).konteks().jpt
    assert tim(db, org.ketua).konteks().unor == ()


@pytest.mark.parametrize("siapa", ["ketua", "bukan_jpt", "tanpa_skp"])
def test_non_jpt_cannot_create_a_team(db: Database, cascade: Cascade, siapa: str) -> None:
    org = cascade.org
    sebelum = jumlah_outbox(db)
    with pytest.raises(ForbiddenError, match="JPT"):
        tim(db, getattr(org, siapa)).buat_tim(org.biro_id, "Tim Liar", TAHUN)
    assert jumlah_outbox(db) == sebelum


def test_jpt_cannot_create_a_team_in_another_unit(db: Database, cascade: Cascade) -> None:
    with pytest.raises(ForbiddenError, match="unit kerja Anda"):
        tim(db, cascade.org.jpt).buat_tim(cascade.org.luar_unor_id, "Tim Seberang", TAHUN)


@pytest.mark.parametrize(("nama", "pesan"), [("   ", "belum diisi"), ("x" * 256, "255")])
def test_team_name_is_required_and_bounded(
    db: Database, cascade: Cascade, nama: str, pesan: str
) -> None:
    with pytest.raises(UserError, match=pesan):
        tim(db, cascade.org.jpt).buat_tim(cascade.org.biro_id, nama, TAHUN)


def test_team_names_are_unique_per_unit_and_year(db: Database, cascade: Cascade) -> None:
    layanan = tim(db, cascade.org.jpt)
    layanan.buat_tim(cascade.org.biro_id, "Tim Data", TAHUN)
    with pytest.raises(UserError, match="sudah ada"):
        layanan.buat_tim(cascade.org.biro_id, "tim data", TAHUN)
    layanan.buat_tim(cascade.org.biro_id, "Tim Data", TAHUN + 1)  # another year is fine
    layanan.buat_tim(cascade.org.bagian_id, "Tim Data", TAHUN)  # another unit too


# --- generate SKP organisasi and the ketua -------------------------------------------------------


def test_generate_then_set_ketua(db: Database, cascade: Cascade) -> None:
    org = cascade.org
    layanan = tim(db, org.jpt)
    tim_id = layanan.buat_tim(org.biro_id, "Tim Data", TAHUN)
    with pytest.raises(UserError, match="Generate SKP Organisasi"):
        layanan.set_ketua(tim_id, org.ketua.pegawai_id)
    sebelum = jumlah_outbox(db)
    layanan.generate_skp_organisasi(tim_id)
    layanan.generate_skp_organisasi(tim_id)  # twice: nothing more
    hasil = layanan.set_ketua(tim_id, org.ketua.pegawai_id)
    assert (hasil.diwariskan, hasil.tidak_diwariskan) == (0, 0)
    with db.read_session() as s:
        t = s.get(TimKerja, tim_id)
        assert t is not None and t.skp_organisasi_dibuat and t.ketua_id == org.ketua.pegawai_id
    assert outbox(db)[sebelum:] == [
        ("tim.generate_skp_organisasi", tim_id),
        ("tim.set_ketua", tim_id),
    ]


def test_generate_needs_the_jpt_skp_of_that_year(db: Database, cascade: Cascade) -> None:
    layanan = tim(db, cascade.org.jpt)
    tim_id = layanan.buat_tim(cascade.org.biro_id, "Tim Tahun Depan", TAHUN + 1)
    with pytest.raises(UserError, match="Buat SKP Anda tahun 2027"):
        layanan.generate_skp_organisasi(tim_id)


def test_ketua_must_have_an_skp_for_the_year(db: Database, cascade: Cascade) -> None:
    org = cascade.org
    layanan = tim(db, org.jpt)
    tim_id = layanan.buat_tim(org.biro_id, "Tim Data", TAHUN)
    layanan.generate_skp_organisasi(tim_id)
    sebelum = jumlah_outbox(db)
    with pytest.raises(UserError, match="belum membuat SKP tahun 2026"):
        layanan.set_ketua(tim_id, org.tanpa_skp.pegawai_id)
    assert jumlah_outbox(db) == sebelum


def test_only_the_jpt_of_the_unit_generates_and_sets_the_ketua(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    for aktor in (org.ketua, org.anggota, org.luar):
        with pytest.raises(ForbiddenError):
            tim(db, aktor).set_ketua(siap.tim_id, org.bukan_jpt.pegawai_id)
        with pytest.raises(ForbiddenError):
            tim(db, aktor).generate_skp_organisasi(siap.tim_id)


def test_an_anggota_cannot_become_ketua_without_leaving(db: Database, siap: TimSiap) -> None:
    with pytest.raises(UserError, match="anggota tim ini"):
        tim(db, siap.c.org.jpt).set_ketua(siap.tim_id, siap.c.org.anggota.pegawai_id)


def test_a_new_ketua_inherits_the_team_rhk_into_a_draft_skp(db: Database, siap: TimSiap) -> None:
    """S000: RHK Organisasi are inherited by the next office holder in the same year."""
    org = siap.c.org
    sebelum = jumlah_outbox(db)
    hasil = tim(db, org.jpt).set_ketua(siap.tim_id, org.bukan_jpt.pegawai_id)
    assert (hasil.diwariskan, hasil.tidak_diwariskan) == (1, 0)
    with db.read_session() as s:
        [warisan] = s.scalars(
            select(Rhk).where(Rhk.skp_id == siap.c.bukan_jpt_skp, Rhk.deleted_at.is_(None))
        )
        assert warisan.teks == "Tersedianya data kinerja biro yang mutakhir"
        assert warisan.klasifikasi is KlasifikasiRhk.ORGANISASI
        assert warisan.tim_kerja_id == siap.tim_id
        assert warisan.rhk_diintervensi_id == siap.c.rhk_jpt_1
        assert [i.indikator for i in warisan.iki] == ["Jumlah laporan data kinerja"]
    ops = [op for op, _ in outbox(db)[sebelum:]]
    assert ops == ["tim.set_ketua", "rhk.create", "iki.create"]
    # Setting the same ketua again copies nothing twice.
    assert tim(db, org.jpt).set_ketua(siap.tim_id, org.bukan_jpt.pegawai_id).diwariskan == 0


def test_inheritance_waits_when_the_new_ketua_has_no_draft(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    ajukan(skp(db, org.bukan_jpt), siap.c.bukan_jpt_skp)
    hasil = tim(db, org.jpt).set_ketua(siap.tim_id, org.bukan_jpt.pegawai_id)
    assert (hasil.diwariskan, hasil.tidak_diwariskan) == (0, 1)


def test_hapus_tim_refused_while_rhk_use_it(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    with pytest.raises(UserError, match="masih dipakai oleh 2 RHK"):
        tim(db, org.jpt).hapus_tim(siap.tim_id)
    kosong = tim(db, org.jpt).buat_tim(org.biro_id, "Tim Tanpa RHK", TAHUN)
    tim(db, org.jpt).generate_skp_organisasi(kosong)
    tim(db, org.jpt).set_ketua(kosong, org.bukan_jpt.pegawai_id)
    tim(db, org.bukan_jpt).tambah_anggota(kosong, org.luar.pegawai_id)
    sebelum = jumlah_outbox(db)
    tim(db, org.jpt).hapus_tim(kosong)
    assert [op for op, _ in outbox(db)[sebelum:]] == ["tim.remove_anggota", "tim_kerja.delete"]
    assert all(r.id != kosong for r in tim(db, org.jpt).daftar_tim(TAHUN))
    assert tim(db, org.luar).daftar_tim(TAHUN) == []


# --- the ketua: anggota -------------------------------------------------------------------------


def test_ketua_adds_and_removes_anggota(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    layanan = tim(db, org.ketua)
    sebelum = jumlah_outbox(db)
    anggota_id = layanan.tambah_anggota(siap.tim_id, org.luar.pegawai_id)  # from another unit
    assert [a.id for a in layanan.anggota(siap.tim_id)] == [
        org.luar.pegawai_id,
        org.anggota.pegawai_id,
    ]
    layanan.hapus_anggota(siap.tim_id, org.luar.pegawai_id)
    assert [a.id for a in layanan.anggota(siap.tim_id)] == [org.anggota.pegawai_id]
    assert [op for op, _ in outbox(db)[sebelum:]] == ["tim.add_anggota", "tim.remove_anggota"]
    assert outbox(db)[sebelum][1] == anggota_id
    with db.read_session() as s:
        lama = s.get(AnggotaTim, anggota_id)
        assert lama is not None and lama.deleted_at is not None  # soft: the delete can sync


@pytest.mark.parametrize("siapa", ["jpt", "anggota", "luar"])
def test_only_the_ketua_manages_anggota(db: Database, siap: TimSiap, siapa: str) -> None:
    org = siap.c.org
    layanan = tim(db, getattr(org, siapa))
    sebelum = jumlah_outbox(db)
    with pytest.raises(ForbiddenError, match="ketua tim"):
        layanan.tambah_anggota(siap.tim_id, org.bukan_jpt.pegawai_id)
    with pytest.raises(ForbiddenError, match="ketua tim"):
        layanan.hapus_anggota(siap.tim_id, org.anggota.pegawai_id)
    assert jumlah_outbox(db) == sebelum


def test_anggota_refusals(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    layanan = tim(db, org.ketua)
    with pytest.raises(UserError, match="belum membuat SKP"):
        layanan.tambah_anggota(siap.tim_id, org.tanpa_skp.pegawai_id)
    with pytest.raises(UserError, match="sudah menjadi anggota"):
        layanan.tambah_anggota(siap.tim_id, org.anggota.pegawai_id)
    with pytest.raises(UserError, match="Ketua tim tidak perlu"):
        layanan.tambah_anggota(siap.tim_id, org.ketua.pegawai_id)
    with pytest.raises(UserError, match="bukan anggota"):
        layanan.hapus_anggota(siap.tim_id, org.luar.pegawai_id)
    with pytest.raises(NotFoundError):
        layanan.tambah_anggota("tidak-ada", org.luar.pegawai_id)


# --- the ketua: RHK for an anggota ----------------------------------------------------------------


def test_ketua_adds_an_rhk_to_an_anggota_draft_skp(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    sebelum = jumlah_outbox(db)
    with db.read_session() as s:
        versi = s.get(Skp, siap.c.anggota_skp).versi_isi  # type: ignore[union-attr]
    rhk_id = tim(db, org.ketua).tambah_rhk_anggota(
        siap.tim_id,
        org.anggota.pegawai_id,
        siap.rhk_ketua,
        "  Tersusunnya   dasbor kinerja ",
        JenisRhk.TAMBAHAN,
        indikator="Jumlah dasbor",
    )
    with db.read_session() as s:
        rhk = s.get(Rhk, rhk_id)
        assert rhk is not None
        assert (rhk.skp_id, rhk.teks, rhk.jenis) == (
            siap.c.anggota_skp,
            "Tersusunnya dasbor kinerja",
            JenisRhk.TAMBAHAN,
        )
        assert (rhk.klasifikasi, rhk.tim_kerja_id) == (KlasifikasiRhk.ORGANISASI, siap.tim_id)
        assert rhk.rhk_diintervensi_id == siap.rhk_ketua
        assert rhk.penugasan_dari == "Ketua Tim Data Kinerja"
        assert [i.indikator for i in rhk.iki] == ["Jumlah dasbor"]
        assert s.get(Skp, siap.c.anggota_skp).versi_isi == versi + 1  # type: ignore[union-attr]
    assert [op for op, _ in outbox(db)[sebelum:]] == ["rhk.create", "iki.create"]


def test_rhk_for_anggota_refusals_write_nothing(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    layanan = tim(db, org.ketua)
    lengkapi_skp(skp(db, org.anggota), siap.c.anggota_skp)
    sebelum = jumlah_outbox(db)
    with pytest.raises(UserError, match="bukan anggota"):
        layanan.tambah_rhk_anggota(siap.tim_id, org.luar.pegawai_id, siap.rhk_ketua, "X")
    with pytest.raises(UserError, match="RHK ketua untuk tim ini"):
        layanan.tambah_rhk_anggota(siap.tim_id, org.anggota.pegawai_id, siap.c.rhk_jpt_1, "X")
    with pytest.raises(UserError, match="belum diisi"):
        layanan.tambah_rhk_anggota(siap.tim_id, org.anggota.pegawai_id, siap.rhk_ketua, "  ")
    with pytest.raises(ForbiddenError):
        tim(db, org.jpt).tambah_rhk_anggota(
            siap.tim_id, org.anggota.pegawai_id, siap.rhk_ketua, "X"
        )
    skp(db, org.anggota).ubah_status(siap.c.anggota_skp, StatusSkp.PENGAJUAN)
    with pytest.raises(UserError, match="hanya dapat ditambahkan pada SKP berstatus Draft"):
        layanan.tambah_rhk_anggota(siap.tim_id, org.anggota.pegawai_id, siap.rhk_ketua, "X")
    assert [op for op, _ in outbox(db)[sebelum:]] == ["skp.submit"]


def test_ketua_without_skp_cannot_lead_and_anggota_without_skp_refused(
    db: Database, cascade: Cascade
) -> None:
    """The ketua's own SKP is the condition of being chosen; without it nothing starts."""
    org = cascade.org
    layanan = tim(db, org.jpt)
    tim_id = layanan.buat_tim(org.biro_id, "Tim Baru", TAHUN)
    layanan.generate_skp_organisasi(tim_id)
    with pytest.raises(UserError, match="belum membuat SKP"):
        layanan.set_ketua(tim_id, org.tanpa_skp.pegawai_id)
    assert tim(db, org.jpt).rhk_ketua(tim_id) == []


# --- reads ----------------------------------------------------------------------------------------


def test_daftar_tim_per_role(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    [untuk_jpt] = tim(db, org.jpt).daftar_tim(TAHUN)
    assert (untuk_jpt.ketua_nama, untuk_jpt.jumlah_anggota, untuk_jpt.jumlah_rhk_tim) == (
        "Staf Uji",
        1,
        1,
    )
    assert untuk_jpt.dapat_kelola and not untuk_jpt.aktor_ketua
    [untuk_ketua] = tim(db, org.ketua).daftar_tim(TAHUN)
    assert untuk_ketua.aktor_ketua and not untuk_ketua.dapat_kelola
    [untuk_anggota] = tim(db, org.anggota).daftar_tim(TAHUN)
    assert untuk_anggota.aktor_anggota
    assert tim(db, org.luar).daftar_tim(TAHUN) == []
    assert tim(db, org.jpt).daftar_tim(TAHUN + 1) == []


def test_anggota_rows_show_skp_status_and_team_rhk(db: Database, siap: TimSiap) -> None:
    [row] = tim(db, siap.c.org.ketua).anggota(siap.tim_id)
    assert row.id == siap.c.org.anggota.pegawai_id
    assert row.status_skp is StatusSkp.DRAFT
    assert row.skp_draft_id == siap.c.anggota_skp
    assert row.jumlah_rhk_tim == 1


def test_cari_kandidat_by_nip_or_name_among_pegawai_with_skp(db: Database, siap: TimSiap) -> None:
    layanan = tim(db, siap.c.org.jpt)
    semua = {k.nama for k in layanan.cari_kandidat(TAHUN)}
    assert "Admin Uji" not in semua  # no SKP
    assert {"Kepala Uji", "Staf Uji", "Rekan Uji", "Luar Uji", "Pelaksana Uji"} <= semua
    assert [k.nama for k in layanan.cari_kandidat(TAHUN, "rekan")] == ["Rekan Uji"]
    assert [k.nama for k in layanan.cari_kandidat(TAHUN, "19870303")] == ["Luar Uji"]
    assert layanan.cari_kandidat(TAHUN + 1) == []


def test_leader_rhk_each_pegawai_may_intervene(db: Database, siap: TimSiap) -> None:
    org = siap.c.org
    anggota = {
        r.id for r in tim(db, org.anggota).rhk_dapat_diintervensi(org.anggota.pegawai_id, TAHUN)
    }
    # The anggota's atasan is the JPT, and they are in the team: both leaders' RHK.
    assert anggota == {siap.c.rhk_jpt_1, siap.c.rhk_jpt_2, siap.rhk_ketua}
    ketua = tim(db, org.ketua).rhk_dapat_diintervensi(org.ketua.pegawai_id, TAHUN)
    assert {r.id for r in ketua} == {siap.c.rhk_jpt_1, siap.c.rhk_jpt_2}
    [dari_ketua] = tim(db, org.ketua).rhk_ketua(siap.tim_id)
    assert (dari_ketua.pemilik_nama, dari_ketua.tim_nama, dari_ketua.iki) == (
        "Staf Uji",
        "Tim Data Kinerja",
        ("Jumlah laporan data kinerja",),
    )


def test_whole_setup_is_a_handful_of_outbox_ops(db: Database) -> None:
    siap = buat_tim_siap(db)
    ops = [op for op, _ in outbox(db)]
    assert ops.count("tim_kerja.create") == 1
    assert ops.count("tim.set_ketua") == 1
    assert ops.count("tim.add_anggota") == 1
    with db.read_session() as s:
        assert s.get(Iki, siap.iki_ketua) is not None
        assert s.get(Skp, siap.c.anggota_skp).pendekatan is Pendekatan.KUANTITATIF  # type: ignore[union-attr]
