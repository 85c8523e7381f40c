"""The SKP services of issue 3: restore, order, lampiran, manual IKI, ekspektasi, validation
and submission, leader RHK, and the reads of the editor. Refusals write nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from ekinerja_desktop.domain import (
    PESAN_TERKUNCI,
    Aspek,
    DomainError,
    JenisLampiran,
    JenisRhk,
    KlasifikasiRhk,
    KualitasTingkatKendali,
    NilaiBerakhlak,
    Pendekatan,
    PeranSkp,
    PeriodePelaporan,
    StatusSkp,
)
from ekinerja_desktop.errors import ForbiddenError, NotFoundError, UserError
from ekinerja_desktop.models import Iki, PltPlh, Rhk, Skp
from ekinerja_desktop.services.skp import SkpBelumValid
from tests.skp.conftest import AKHIR, AWAL, Kantor, skp_ja_lengkap, skp_jpt_lengkap
from tests.support import lengkapi_skp, tambah_iki_lengkap


def _urutan(kantor: Kantor, skp_id: str) -> list[tuple[str, str, list[str]]]:
    data = kantor.staf.muat_editor(skp_id)
    assert data is not None
    return [(r.jenis.value, r.teks, [i.indikator for i in r.iki]) for r in data.rhk]


def test_restore_rhk_brings_back_only_the_iki_deleted_with_it(kantor: Kantor) -> None:
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_id = staf.tambah_rhk(skp_id, "RHK")
    lama = staf.tambah_iki(rhk_id, "IKI dihapus lebih dulu")
    ikut = staf.tambah_iki(rhk_id, "IKI ikut terhapus")
    staf.hapus_iki(lama)
    assert staf.hapus_rhk(rhk_id) == [ikut]
    staf.pulihkan_rhk(rhk_id)
    assert _urutan(kantor, skp_id) == [("UTAMA", "RHK", ["IKI ikut terhapus"])]
    assert [op for op, _ in kantor.ops()][-2:] == ["iki.restore", "rhk.restore"]


def test_restore_is_refused_to_others_and_when_locked(kantor: Kantor) -> None:
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_id = staf.tambah_rhk(skp_id, "RHK")
    iki_id = staf.tambah_iki(rhk_id, "IKI")
    staf.hapus_iki(iki_id)
    tambah_iki_lengkap(staf, rhk_id)  # so that the SKP can be submitted
    before = kantor.ops()
    with pytest.raises(ForbiddenError):
        kantor.rekan.pulihkan_iki(iki_id)
    with pytest.raises(NotFoundError):
        staf.pulihkan_rhk("tidak-ada")
    staf.ubah_status(skp_id, StatusSkp.PENGAJUAN)
    with pytest.raises(UserError, match=PESAN_TERKUNCI):
        staf.pulihkan_iki(iki_id)
    assert kantor.ops() == [*before, ("skp.submit", skp_id)]


def test_restoring_an_iki_of_a_deleted_rhk_is_refused(kantor: Kantor) -> None:
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_id = staf.tambah_rhk(skp_id, "RHK")
    iki_id = staf.tambah_iki(rhk_id, "IKI")
    staf.hapus_rhk(rhk_id)
    with pytest.raises(UserError, match="pulihkan RHK"):
        staf.pulihkan_iki(iki_id)


def test_reorder_rhk_within_and_across_groups(kantor: Kantor) -> None:
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    a, b, c = (staf.tambah_rhk(skp_id, teks) for teks in "ABC")
    staf.atur_urutan_rhk(skp_id, {JenisRhk.UTAMA: [c, a], JenisRhk.TAMBAHAN: [b]})
    assert _urutan(kantor, skp_id) == [
        ("UTAMA", "C", []),
        ("UTAMA", "A", []),
        ("TAMBAHAN", "B", []),
    ]
    before = kantor.ops()
    staf.atur_urutan_rhk(skp_id, {JenisRhk.UTAMA: [c, a], JenisRhk.TAMBAHAN: [b]})
    assert kantor.ops() == before  # nothing changed, nothing sent


def test_reorder_rhk_refuses_foreign_or_repeated_ids(kantor: Kantor) -> None:
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    a = staf.tambah_rhk(skp_id, "A")
    other = staf.buat_skp(date(2025, 1, 1), date(2025, 12, 31), Pendekatan.KUANTITATIF)
    x = staf.tambah_rhk(other, "X")
    before = kantor.ops()
    for urutan in ({JenisRhk.UTAMA: [a, x]}, {JenisRhk.UTAMA: [a], JenisRhk.TAMBAHAN: [a]}):
        with pytest.raises(UserError, match="Urutan RHK"):
            staf.atur_urutan_rhk(skp_id, urutan)
    assert kantor.ops() == before


def test_reorder_iki_and_move_one_to_another_rhk(kantor: Kantor) -> None:
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    r1, r2 = staf.tambah_rhk(skp_id, "R1"), staf.tambah_rhk(skp_id, "R2")
    i1, i2 = staf.tambah_iki(r1, "I1"), staf.tambah_iki(r1, "I2")
    i3 = staf.tambah_iki(r2, "I3")
    staf.atur_urutan_iki({r1: [i2], r2: [i3, i1]})
    assert _urutan(kantor, skp_id) == [("UTAMA", "R1", ["I2"]), ("UTAMA", "R2", ["I3", "I1"])]
    with kantor.db.read_session() as s:
        assert s.get(Iki, i1).rhk_id == r2  # type: ignore[union-attr]


def test_reorder_iki_refuses_an_iki_of_another_skp(kantor: Kantor) -> None:
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    r1 = staf.tambah_rhk(skp_id, "R1")
    i1 = staf.tambah_iki(r1, "I1")
    lain = staf.buat_skp(date(2025, 1, 1), date(2025, 12, 31), Pendekatan.KUANTITATIF)
    asing = staf.tambah_iki(staf.tambah_rhk(lain, "X"), "asing")
    before = kantor.ops()
    with pytest.raises(UserError, match="Urutan IKI"):
        staf.atur_urutan_iki({r1: [i1, asing]})
    with pytest.raises(ForbiddenError):
        kantor.rekan.atur_urutan_iki({r1: [i1]})
    assert kantor.ops() == before


def test_lampiran_add_edit_delete_restore_and_reorder(kantor: Kantor) -> None:
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    jenis = JenisLampiran.DUKUNGAN_SUMBER_DAYA
    a = staf.tambah_lampiran(skp_id, jenis, "Laptop")
    b = staf.tambah_lampiran(skp_id, jenis, "Anggaran")
    k = staf.tambah_lampiran(skp_id, JenisLampiran.KONSEKUENSI, "Penghargaan")
    staf.ubah_lampiran(a, "Laptop dan akses aplikasi")
    staf.atur_urutan_lampiran(skp_id, jenis, [b, a])
    staf.hapus_lampiran(k)
    data = staf.muat_editor(skp_id)
    assert data is not None
    assert [(r.jenis, r.nomor, r.teks) for r in data.lampiran] == [
        (jenis, 1, "Anggaran"),
        (jenis, 2, "Laptop dan akses aplikasi"),
    ]
    staf.pulihkan_lampiran(k)
    ops = [op for op, _ in kantor.ops()]
    assert ops.count("lampiran_item.create") == 3
    assert ops[-1] == "lampiran_item.restore" and "lampiran_item.delete" in ops
    before = kantor.ops()
    with pytest.raises(UserError, match="Urutan lampiran"):
        staf.atur_urutan_lampiran(skp_id, jenis, [a])
    with pytest.raises(ForbiddenError):
        kantor.rekan.ubah_lampiran(a, "bukan milik saya")
    assert kantor.ops() == before


def test_lampiran_bumps_the_content_version(kantor: Kantor) -> None:
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    staf.tambah_lampiran(skp_id, JenisLampiran.KONSEKUENSI, "Teguran")
    data = staf.muat_editor(skp_id)
    assert data is not None and data.header.versi_isi == 1


def test_manual_iki_is_written_for_jpt_only(kantor: Kantor) -> None:
    kepala = kantor.kepala
    skp_id, [rhk_id, _] = skp_jpt_lengkap(kepala)
    data = kepala.muat_editor(skp_id)
    assert data is not None
    iki_id = data.rhk[0].iki[0].id
    assert not data.manual[0].ada and data.manual[0].satuan == "%"
    kepala.atur_manual_iki(iki_id, tujuan="Mengukur ketepatan waktu", definisi="Dokumen tepat")
    kepala.atur_manual_iki(
        iki_id,
        kualitas_tingkat_kendali=KualitasTingkatKendali.OUTCOME,
        periode_pelaporan=PeriodePelaporan.TRIWULANAN,
    )
    data = kepala.muat_editor(skp_id)
    assert data is not None
    manual = data.manual[0]
    assert manual.ada and manual.tujuan == "Mengukur ketepatan waktu"
    assert manual.kualitas_tingkat_kendali is KualitasTingkatKendali.OUTCOME
    assert manual.periode_pelaporan is PeriodePelaporan.TRIWULANAN
    assert [op for op, _ in kantor.ops()][-2:] == ["manual_iki.create", "manual_iki.update"]
    _, _, iki_ja = skp_ja_lengkap(kantor.staf, rhk_id)
    before = kantor.ops()
    with pytest.raises(UserError, match="hanya untuk SKP JPT"):
        kantor.staf.atur_manual_iki(iki_ja, tujuan="x")
    with pytest.raises(ForbiddenError):
        kantor.staf.atur_manual_iki(iki_id, tujuan="bukan milik saya")
    assert kantor.ops() == before


def test_ekspektasi_is_the_ppks_while_draft_or_under_review(kantor: Kantor) -> None:
    kepala, staf = kantor.kepala, kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    nilai = NilaiBerakhlak.KOLABORATIF
    lengkapi_skp(staf, skp_id)
    before = kantor.ops()
    with pytest.raises(ForbiddenError, match="pejabat penilai"):
        staf.atur_ekspektasi(skp_id, nilai, "saya sendiri")
    with pytest.raises(ForbiddenError):
        kantor.rekan.atur_ekspektasi(skp_id, nilai, "rekan")
    assert kantor.ops() == before
    kepala.atur_ekspektasi(skp_id, nilai, "  Aktif berbagi data  ")
    kepala.atur_ekspektasi(skp_id, nilai, "Aktif berbagi data")  # the same: nothing sent
    staf.ubah_status(skp_id, StatusSkp.PENGAJUAN)
    kepala.atur_ekspektasi(skp_id, nilai, "Aktif berbagi data lintas bagian")
    ops = [(op) for op, _ in kantor.ops()]
    assert ops.count("ekspektasi.set") == 2
    data = kepala.muat_editor(skp_id)
    assert data is not None
    [row] = [p for p in data.perilaku if p.nilai is nilai]
    assert row.ekspektasi == "Aktif berbagi data lintas bagian"
    assert data.hak.boleh_ekspektasi and not data.hak.boleh_edit_isi
    kepala.ubah_status(skp_id, StatusSkp.PERSETUJUAN)
    before = kantor.ops()
    with pytest.raises(UserError, match="Draft atau Pengajuan"):
        kepala.atur_ekspektasi(skp_id, nilai, "sesudah disetujui")
    assert kantor.ops() == before


def test_ajukan_refuses_with_every_error_and_writes_nothing(kantor: Kantor) -> None:
    kepala = kantor.kepala
    skp_id = kepala.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_id = kepala.tambah_rhk(skp_id, "")
    kepala.tambah_rhk(skp_id, "RHK tanpa IKI", jenis=JenisRhk.TAMBAHAN)
    kepala.tambah_iki(rhk_id, "IKI", target_min="100", target_max="90", satuan="%")
    before = kantor.ops()
    with pytest.raises(SkpBelumValid) as refused:
        kepala.ajukan_skp(skp_id)
    pesan = [t.pesan for t in refused.value.temuan]
    assert "SKP JPT harus memiliki paling sedikit satu IKI dengan perspektif Anggaran." in pesan
    assert "RHK ke-1 belum diisi." in pesan and "RHK ke-2 belum memiliki IKI." in pesan
    assert any("lebih besar dari target maksimum" in p for p in pesan)
    assert any("perspektif belum dipilih" in p for p in pesan)
    assert "RHK ke-2 belum memiliki IKI." in str(refused.value)
    assert kantor.ops() == before
    assert kepala.riwayat_status(skp_id) == []


def test_warnings_do_not_block_submission(kantor: Kantor) -> None:
    # The atasan (kepala) has no SKP yet: the staf's RHK cannot intervene anything.
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_id = staf.tambah_rhk(skp_id, "Tersusunnya laporan")
    staf.tambah_iki(
        rhk_id, "Jumlah laporan", target_min="4", target_max="4", satuan="laporan",
        aspek=Aspek.KUANTITAS,
    )  # fmt: skip
    [warning] = staf.validasi(skp_id)
    assert warning.tingkat == "PERINGATAN" and "belum memiliki RHK" in warning.pesan
    assert staf.ajukan_skp(skp_id) == [warning]
    [riwayat] = staf.riwayat_status(skp_id)
    assert (riwayat.dari, riwayat.ke, riwayat.oleh_nama) == (
        StatusSkp.DRAFT,
        StatusSkp.PENGAJUAN,
        "Staf Uji",
    )


def test_missing_intervention_blocks_once_the_leader_has_rhk(kantor: Kantor) -> None:
    skp_jpt_lengkap(kantor.kepala)
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUALITATIF)
    staf.tambah_iki(staf.tambah_rhk(skp_id, "Tersusunnya laporan"), "Laporan tersusun tepat waktu")
    [error] = staf.validasi(skp_id)
    assert (error.tingkat, error.pesan) == ("ERROR", "RHK ke-1 belum mengintervensi RHK pimpinan.")
    with pytest.raises(SkpBelumValid):
        staf.ajukan_skp(skp_id)


def test_an_skp_without_pejabat_penilai_warns(kantor: Kantor) -> None:
    sekjen = kantor.sekjen  # nobody above the sekjen in this office
    skp_id, _ = skp_jpt_lengkap(sekjen)
    [warning] = sekjen.validasi(skp_id)
    assert warning.tingkat == "PERINGATAN" and "pejabat penilai" in warning.pesan


def test_cascade_jpt_to_jf_with_return_and_approval(kantor: Kantor) -> None:
    kepala, staf = kantor.kepala, kantor.staf
    skp_jpt, [leader_rhk, _] = skp_jpt_lengkap(kepala)
    kepala.ajukan_skp(skp_jpt)
    skp_id, rhk_id, _ = skp_ja_lengkap(staf, leader_rhk)
    assert staf.ajukan_skp(skp_id) == []
    assert [r.id for r in kepala.skp_bawahan()] == [skp_id]
    with pytest.raises(DomainError, match="Catatan perbaikan wajib"):
        kepala.ubah_status(skp_id, StatusSkp.DRAFT, "   ")
    kepala.ubah_status(skp_id, StatusSkp.DRAFT, "Perjelas target kualitas")
    data = staf.muat_editor(skp_id)
    assert data is not None and data.header.catatan_perbaikan == "Perjelas target kualitas"
    assert data.hak.boleh_edit_isi
    staf.ubah_rhk(rhk_id, teks="Tersusunnya laporan perencanaan yang akurat")
    staf.ajukan_skp(skp_id)
    kepala.ubah_status(skp_id, StatusSkp.PERSETUJUAN)
    riwayat = staf.riwayat_status(skp_id)
    assert [(r.dari, r.ke, r.catatan) for r in riwayat] == [
        (StatusSkp.DRAFT, StatusSkp.PENGAJUAN, ""),
        (StatusSkp.PENGAJUAN, StatusSkp.DRAFT, "Perjelas target kualitas"),
        (StatusSkp.DRAFT, StatusSkp.PENGAJUAN, ""),
        (StatusSkp.PENGAJUAN, StatusSkp.PERSETUJUAN, ""),
    ]


def test_leader_rhk_of_atasan_and_ketua_tim_overlapping_the_period(kantor: Kantor) -> None:
    kepala, staf, rekan = kantor.kepala, kantor.staf, kantor.rekan
    _, [jpt_1, jpt_2] = skp_jpt_lengkap(kepala)
    lama = kepala.buat_skp(date(2025, 1, 1), date(2025, 12, 31), Pendekatan.KUANTITATIF)
    kepala.tambah_rhk(lama, "RHK tahun lalu")
    skp_rekan = rekan.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    tim_rhk = rekan.tambah_rhk(
        skp_rekan, "RHK tim", klasifikasi=KlasifikasiRhk.ORGANISASI, tim_kerja_id=kantor.tim_id,
        rhk_diintervensi_id=jpt_1,
    )  # fmt: skip
    rekan.tambah_rhk(skp_rekan, "RHK pribadi ketua")
    skp_staf = staf.buat_skp(date(2026, 7, 1), AKHIR, Pendekatan.KUANTITATIF)
    rows = staf.rhk_pimpinan(skp_staf)
    assert [(r.id, r.sumber) for r in rows] == [
        (jpt_1, "Atasan langsung"),
        (jpt_2, "Atasan langsung"),
        (tim_rhk, "Ketua Tim Uji"),
    ]
    assert rows[0].iki == (
        "Persentase dokumen perencanaan tepat waktu",
        "Indeks kepuasan unit kerja",
    )
    # The ketua sees the RHK of the JPT who formed the team (here also the atasan), never own.
    assert [r.id for r in rekan.rhk_pimpinan(skp_rekan)] == [jpt_1, jpt_2]
    assert staf.tim_untuk_rhk(skp_staf) == [(kantor.tim_id, "Tim Uji")]


def test_rhk_references_are_checked(kantor: Kantor) -> None:
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    sendiri = staf.tambah_rhk(skp_id, "RHK")
    before = kantor.ops()
    with pytest.raises(UserError, match="wajib tertaut"):
        staf.tambah_rhk(skp_id, "Org", klasifikasi=KlasifikasiRhk.ORGANISASI)
    with pytest.raises(UserError, match="SKP-nya sendiri"):
        staf.tambah_rhk(skp_id, "X", rhk_diintervensi_id=sendiri)
    with pytest.raises(NotFoundError):
        staf.ubah_rhk(sendiri, rhk_diintervensi_id="tidak-ada")
    with pytest.raises(UserError, match="wajib tertaut"):
        staf.ubah_rhk(sendiri, klasifikasi=KlasifikasiRhk.ORGANISASI)
    assert kantor.ops() == before
    staf.ubah_rhk(sendiri, klasifikasi=KlasifikasiRhk.ORGANISASI, unor_id=kantor.org.unor_id)
    data = staf.muat_editor(skp_id)
    assert data is not None and data.rhk[0].tautan_nama == "Biro Uji"


def test_editor_rights_and_reasons(kantor: Kantor) -> None:
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)

    def hak(layanan: object) -> tuple[PeranSkp | None, bool, str, tuple[StatusSkp, ...]]:
        data = layanan.muat_editor(skp_id)  # type: ignore[attr-defined]
        assert data is not None
        return (data.hak.peran, data.hak.boleh_edit_isi, data.hak.alasan_hanya_baca,
                data.hak.transisi)  # fmt: skip

    assert hak(staf) == (PeranSkp.PEGAWAI, True, "", ())
    peran, edit, alasan, _ = hak(kantor.rekan)
    assert (peran, edit) == (None, False) and "milik Staf Uji" in alasan
    lengkapi_skp(staf, skp_id)
    staf.ubah_status(skp_id, StatusSkp.PENGAJUAN)
    assert hak(staf)[1:3] == (False, f"{PESAN_TERKUNCI}.")
    peran, edit, alasan, transisi = hak(kantor.kepala)
    assert peran is PeranSkp.PEJABAT_PENILAI and not edit and "pejabat penilai" in alasan
    assert transisi == (StatusSkp.PERSETUJUAN, StatusSkp.DRAFT)
    assert hak(kantor.layanan(kantor.org.admin))[0] is PeranSkp.ADMIN


def test_editor_rows_and_header(kantor: Kantor) -> None:
    kepala = kantor.kepala
    skp_id, _ = skp_jpt_lengkap(kepala)
    kepala.tambah_rhk(skp_id, "Tambahan", jenis=JenisRhk.TAMBAHAN)
    data = kepala.muat_editor(skp_id)
    assert data is not None
    assert [(r.nomor, r.jenis) for r in data.rhk] == [
        (1, JenisRhk.UTAMA),
        (2, JenisRhk.UTAMA),
        (3, JenisRhk.TAMBAHAN),
    ]
    assert [i.nomor for i in data.rhk[0].iki] == ["1.1", "1.2"]
    assert data.header.pegawai.nip == "19700101 200003 1 001"
    assert data.header.pegawai.pangkat_golongan == "Penata / III/c"
    assert data.header.pejabat_penilai is not None
    assert data.header.pejabat_penilai.pangkat_golongan == "Pembina Utama / IV/e"
    assert [p.nama for p in data.perilaku][:2] == ["Berorientasi Pelayanan", "Akuntabel"]
    assert len(data.perilaku) == 7 and len(data.manual) == 3
    assert kepala.muat_editor("tidak-ada") is None


def test_info_tambah_skp_lists_an_active_plt(kantor: Kantor) -> None:
    with kantor.db.write_session() as s, s.begin():
        s.add(
            PltPlh(
                pegawai_id=kantor.org.staf.pegawai_id,
                unor_id=kantor.org.unor_id,
                jabatan="PLT Kepala Biro Uji",
                jenis="PLT",
                periode_awal=date(2026, 3, 1),
                periode_akhir=date(2026, 8, 31),
            )
        )
    info = kantor.staf.info_tambah_skp()
    assert info is not None
    assert (info.unor_nama, info.atasan_nama, info.atasan_jabatan) == (
        "Biro Uji",
        "Kepala Uji",
        "Kepala Biro Uji",
    )
    [plt] = info.plt_aktif
    assert plt.jabatan == "PLT Kepala Biro Uji"
    skp_id = kantor.staf.buat_skp(date(2026, 3, 1), date(2026, 8, 31), Pendekatan.KUANTITATIF,
                                  plt_plh_id=plt.id)  # fmt: skip
    data = kantor.staf.muat_editor(skp_id)
    assert data is not None and data.header.plt_plh_jabatan == "PLT Kepala Biro Uji"
    assert kantor.kepala.info_tambah_skp() is not None
    with kantor.db.read_session() as s:
        assert s.scalar(select(Skp.plt_plh_id).where(Skp.id == skp_id)) == plt.id
        assert s.scalar(select(Rhk.id)) is None
