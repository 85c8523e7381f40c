"""“Salin dari SKP sebelumnya” (USERS.md pain 9): the service copies the chosen RHK and IKI of an
earlier SKP in one unit of work with one outbox entry per record, refuses without writing, keeps
a leader link only when the leader RHK overlaps the new SKP's period; the editor's dialog and
its single undo step; the dialog's check-box tree model."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from ekinerja_desktop.domain import (
    Aspek,
    JenisRhk,
    JenisSkp,
    KlasifikasiRhk,
    NilaiBerakhlak,
    Pendekatan,
    StatusSkp,
)
from ekinerja_desktop.errors import ForbiddenError, NotFoundError, UserError
from ekinerja_desktop.models import EkspektasiKhusus, OutboxEntry, Rhk, Skp
from ekinerja_desktop.services.salin import SkpSumberRow
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.views.common.pohon_centang import PohonCentangModel
from ekinerja_desktop.views.skp.salin_skp import SalinSkpDialog, judul_kolom, simpul_salinan
from ekinerja_desktop.views.skp.skp_editor import SkpEditorPage
from tests.skp.conftest import AKHIR, AWAL, Kantor
from tests.skp.gui import buka_editor, dialog, fokus, ok, tekan, tunggu
from tests.support import ajukan

AWAL_LALU, AKHIR_LALU = date(2025, 1, 1), date(2025, 12, 31)
K = Pendekatan.KUANTITATIF


@dataclass(frozen=True)
class Lama:
    """The staf's 2025 SKP: RHK utama A (two IKI, intervening the kepala's 2025 RHK) and RHK
    tambahan B (organisasi, one IKI), with the kepala's ekspektasi; the kepala's 2025 and 2026
    RHK."""

    skp: str
    a: str
    a_iki: tuple[str, str]
    b: str
    b_iki: str
    leader_2025: str
    leader_2026: str


def buat_lama(kantor: Kantor) -> Lama:
    kepala = kantor.kepala
    leader_2025 = kepala.tambah_rhk(
        kepala.buat_skp(AWAL_LALU, AKHIR_LALU, K), "Meningkatnya kualitas perencanaan 2025"
    )
    leader_2026 = kepala.tambah_rhk(
        kepala.buat_skp(AWAL, AKHIR, K), "Meningkatnya kualitas perencanaan 2026"
    )
    staf = kantor.staf
    skp = staf.buat_skp(AWAL_LALU, AKHIR_LALU, K)
    a = staf.tambah_rhk(
        skp,
        "Tersusunnya laporan perencanaan",
        rhk_diintervensi_id=leader_2025,
        penugasan_dari="Kepala Biro Uji",
    )
    a1 = staf.tambah_iki(
        a, "Jumlah laporan", target_min="4", target_max="4", satuan="laporan",
        aspek=Aspek.KUANTITAS,
    )  # fmt: skip
    a2 = staf.tambah_iki(
        a, "Persentase laporan tepat waktu", target_min="90", target_max="100", satuan="%",
        aspek=Aspek.WAKTU,
    )  # fmt: skip
    b = staf.tambah_rhk(
        skp,
        "Terselenggaranya rapat koordinasi",
        JenisRhk.TAMBAHAN,
        KlasifikasiRhk.ORGANISASI,
        unor_id=kantor.org.unor_id,
    )
    b1 = staf.tambah_iki(
        b, "Jumlah rapat", target_min="12", target_max="12", satuan="kali", aspek=Aspek.KUANTITAS
    )
    kepala.atur_ekspektasi(skp, NilaiBerakhlak.AKUNTABEL, "Laporan selalu tepat waktu")
    return Lama(skp, a, (a1, a2), b, b1, leader_2025, leader_2026)


def semua(lama: Lama) -> dict[str, list[str]]:
    return {lama.a: list(lama.a_iki), lama.b: [lama.b_iki]}


def jumlah_outbox(kantor: Kantor) -> int:
    with kantor.db.read_session() as s:
        return int(s.scalar(select(func.count(OutboxEntry.client_seq))) or 0)


def rhk_skp(kantor: Kantor, skp_id: str) -> list[Rhk]:
    with kantor.db.read_session() as s:
        query = select(Rhk).where(Rhk.skp_id == skp_id, Rhk.deleted_at.is_(None))
        rows = sorted(s.scalars(query), key=lambda r: (r.jenis is not JenisRhk.UTAMA, r.urutan))
        for r in rows:
            _ = [i.indikator for i in r.iki]  # loaded while the session is open
        return rows


def versi_isi(kantor: Kantor, skp_id: str) -> int:
    with kantor.db.read_session() as s:
        skp = s.get(Skp, skp_id)
        assert skp is not None
        return skp.versi_isi


# --- the service ------------------------------------------------------------------------------


def test_copies_rhk_and_iki_to_the_end_of_their_groups_with_one_outbox_entry_each(
    kantor: Kantor,
) -> None:
    lama = buat_lama(kantor)
    staf = kantor.staf
    baru = staf.buat_skp(AWAL, AKHIR, K)
    sudah = staf.tambah_rhk(baru, "RHK yang sudah ada")
    versi, seq = versi_isi(kantor, baru), jumlah_outbox(kantor)

    hasil = staf.salin_dari_skp(baru, lama.skp, semua(lama))

    assert len(hasil.rhk_ids) == 2 and len(hasil.iki_ids) == 3
    assert hasil.intervensi_dikosongkan == 1  # A's leader RHK is in a 2025 SKP
    rows = {r.teks: r for r in rhk_skp(kantor, baru)}
    assert rows["RHK yang sudah ada"].id == sudah and rows["RHK yang sudah ada"].urutan == 1
    a, b = rows["Tersusunnya laporan perencanaan"], rows["Terselenggaranya rapat koordinasi"]
    assert (a.jenis, a.urutan, a.klasifikasi) == (JenisRhk.UTAMA, 2, KlasifikasiRhk.INDIVIDU)
    assert (b.jenis, b.urutan, b.klasifikasi) == (JenisRhk.TAMBAHAN, 1, KlasifikasiRhk.ORGANISASI)
    assert a.rhk_diintervensi_id is None and a.penugasan_dari == "Kepala Biro Uji"
    assert b.unor_id == kantor.org.unor_id
    assert [
        (i.indikator, i.target_min, i.target_max, i.satuan, i.aspek, i.urutan) for i in a.iki
    ] == [
        ("Jumlah laporan", "4", "4", "laporan", Aspek.KUANTITAS, 1),
        ("Persentase laporan tepat waktu", "90", "100", "%", Aspek.WAKTU, 2),
    ]
    assert {a.id, b.id} == set(hasil.rhk_ids)
    assert {i.id for i in [*a.iki, *b.iki]} == set(hasil.iki_ids)
    assert versi_isi(kantor, baru) == versi + 1

    new_ops = kantor.ops()[seq:]
    assert sorted(new_ops) == sorted(
        [("rhk.create", i) for i in hasil.rhk_ids] + [("iki.create", i) for i in hasil.iki_ids]
    )
    with kantor.db.read_session() as s:  # the PPK's ekspektasi stays with the old SKP
        ekspektasi = s.scalars(select(EkspektasiKhusus.skp_id)).all()
    assert ekspektasi == [lama.skp]
    # the source is untouched
    assert [r.id for r in rhk_skp(kantor, lama.skp)] == [lama.a, lama.b]


def test_leader_link_is_kept_only_when_the_leader_rhk_overlaps_the_new_period(
    kantor: Kantor,
) -> None:
    lama = buat_lama(kantor)
    staf = kantor.staf
    # A first half of 2026 (say, before a transfer back) intervening both years' leader RHK
    semester_1 = staf.buat_skp(AWAL, date(2026, 6, 30), K)
    x = staf.tambah_rhk(semester_1, "RHK semester satu", rhk_diintervensi_id=lama.leader_2026)
    y = staf.tambah_rhk(semester_1, "RHK lama", rhk_diintervensi_id=lama.leader_2025)
    semester_2 = staf.buat_skp(date(2026, 7, 1), AKHIR, K)

    hasil = staf.salin_dari_skp(semester_2, semester_1, {x: [], y: []})

    rows = {r.teks: r for r in rhk_skp(kantor, semester_2)}
    assert rows["RHK semester satu"].rhk_diintervensi_id == lama.leader_2026
    assert rows["RHK lama"].rhk_diintervensi_id is None
    assert hasil.intervensi_dikosongkan == 1
    # the check before "Ajukan" asks for the dropped link, and only for it
    belum = [t.rhk_id for t in staf.validasi(semester_2) if "mengintervensi" in t.pesan]
    assert belum == [rows["RHK lama"].id]


def test_only_the_checked_iki_are_copied_and_an_rhk_may_come_without_iki(kantor: Kantor) -> None:
    lama = buat_lama(kantor)
    baru = kantor.staf.buat_skp(AWAL, AKHIR, K)

    hasil = kantor.staf.salin_dari_skp(baru, lama.skp, {lama.a: [lama.a_iki[1]], lama.b: []})

    rows = {r.teks: [i.indikator for i in r.iki] for r in rhk_skp(kantor, baru)}
    assert rows == {
        "Tersusunnya laporan perencanaan": ["Persentase laporan tepat waktu"],
        "Terselenggaranya rapat koordinasi": [],
    }
    assert len(hasil.iki_ids) == 1


def test_a_kualitatif_skp_gets_the_target_in_the_narrative(kantor: Kantor) -> None:
    lama = buat_lama(kantor)
    baru = kantor.staf.buat_skp(AWAL, AKHIR, Pendekatan.KUALITATIF)

    kantor.staf.salin_dari_skp(baru, lama.skp, {lama.a: list(lama.a_iki)})

    [a] = rhk_skp(kantor, baru)
    assert [(i.indikator, i.target_min, i.satuan, i.aspek) for i in a.iki] == [
        ("Jumlah laporan (target: 4 laporan)", None, None, Aspek.KUANTITAS),
        ("Persentase laporan tepat waktu (target: 90–100 %)", None, None, Aspek.WAKTU),
    ]


def test_aspek_and_perspektif_only_between_skps_of_one_format(kantor: Kantor) -> None:
    """The kepala (JPT) copies a JA/JF-format SKP of his: no aspek lands in the JPT SKP."""
    kepala = kantor.kepala
    lama = kepala.buat_skp(AWAL_LALU, AKHIR_LALU, K)
    with kantor.db.write_session() as s, s.begin():
        skp = s.get(Skp, lama)
        assert skp is not None
        skp.jenis = JenisSkp.JA_JF  # as it was before his promotion
    rhk = kepala.tambah_rhk(lama, "Tersusunnya kajian")
    iki = kepala.tambah_iki(rhk, "Jumlah kajian", aspek=Aspek.KUANTITAS)
    baru = kepala.buat_skp(AWAL, AKHIR, K)

    kepala.salin_dari_skp(baru, lama, {rhk: [iki]})

    [copied] = rhk_skp(kantor, baru)
    assert [(i.aspek, i.perspektif) for i in copied.iki] == [(None, None)]


def test_refusals_write_nothing(kantor: Kantor) -> None:
    lama = buat_lama(kantor)
    staf, rekan = kantor.staf, kantor.rekan
    baru = staf.buat_skp(AWAL, AKHIR, K)
    punya_rekan = rekan.buat_skp(AWAL_LALU, AKHIR_LALU, K)
    rekan_rhk = rekan.tambah_rhk(punya_rekan, "RHK rekan")
    before = (jumlah_outbox(kantor), versi_isi(kantor, baru))

    cases: list[tuple[LayananSkp, str, str, dict[str, list[str]], type[Exception], str]] = [
        (rekan, baru, lama.skp, semua(lama), ForbiddenError, "pemilik SKP"),
        (staf, baru, punya_rekan, {rekan_rhk: []}, ForbiddenError, "SKP Anda sendiri"),
        (staf, baru, baru, {}, UserError, "bukan SKP ini sendiri"),
        (staf, baru, lama.skp, {}, UserError, "paling sedikit satu RHK"),
        (staf, baru, lama.skp, {lama.a: [], "tidak-ada": []}, UserError, "tidak ada lagi"),
        (staf, baru, lama.skp, {lama.a: [lama.b_iki]}, UserError, "tidak ada lagi"),
        (staf, baru, "tidak-ada", {lama.a: []}, NotFoundError, "SKP sumber"),
    ]
    for layanan, target, sumber, pilihan, error, pesan in cases:
        with pytest.raises(error, match=pesan):
            layanan.salin_dari_skp(target, sumber, pilihan)
    assert (jumlah_outbox(kantor), versi_isi(kantor, baru)) == before
    assert rhk_skp(kantor, baru) == []


def test_a_submitted_skp_is_refused(kantor: Kantor) -> None:
    lama = buat_lama(kantor)
    baru = kantor.staf.buat_skp(AWAL, AKHIR, K)
    ajukan(kantor.staf, baru)
    before = (jumlah_outbox(kantor), [r.id for r in rhk_skp(kantor, baru)])

    with pytest.raises(UserError, match="sampai SKP selesai ditinjau"):
        kantor.staf.salin_dari_skp(baru, lama.skp, semua(lama))

    assert (jumlah_outbox(kantor), [r.id for r in rhk_skp(kantor, baru)]) == before


def test_undo_deletes_exactly_the_copy_and_redo_restores_it(kantor: Kantor) -> None:
    lama = buat_lama(kantor)
    staf = kantor.staf
    baru = staf.buat_skp(AWAL, AKHIR, K)
    sudah = staf.tambah_rhk(baru, "RHK yang sudah ada")
    hasil = staf.salin_dari_skp(baru, lama.skp, semua(lama))
    seq = jumlah_outbox(kantor)

    staf.hapus_salinan(baru, hasil)
    assert [r.id for r in rhk_skp(kantor, baru)] == [sudah]
    ops = kantor.ops()[seq:]
    assert sorted(ops) == sorted(
        [("rhk.delete", i) for i in hasil.rhk_ids] + [("iki.delete", i) for i in hasil.iki_ids]
    )

    staf.pulihkan_salinan(baru, hasil)
    rows = rhk_skp(kantor, baru)
    assert {r.id for r in rows} == {sudah, *hasil.rhk_ids}
    assert {i.id for r in rows for i in r.iki} == set(hasil.iki_ids)
    with pytest.raises(ForbiddenError):
        kantor.rekan.hapus_salinan(baru, hasil)
    with pytest.raises(UserError, match="tidak lagi cocok"):
        staf.hapus_salinan(lama.skp, hasil)  # not this SKP's records
    # an IKI added to a copied RHK (say, from another device) would be orphaned: refused whole
    staf.tambah_iki(hasil.rhk_ids[0], "IKI tambahan")
    seq = jumlah_outbox(kantor)
    with pytest.raises(UserError, match="sudah ditambah IKI lain"):
        staf.hapus_salinan(baru, hasil)
    assert jumlah_outbox(kantor) == seq
    assert {r.id for r in rhk_skp(kantor, baru)} == {sudah, *hasil.rhk_ids}


def test_earlier_skps_are_offered_newest_first_to_their_owner_only(kantor: Kantor) -> None:
    lama = buat_lama(kantor)
    staf = kantor.staf
    semester_1 = staf.buat_skp(AWAL, date(2026, 6, 30), K)
    semester_2 = staf.buat_skp(date(2026, 7, 1), AKHIR, K)
    staf.tambah_rhk(semester_1, "RHK semester satu")

    rows = staf.skp_sumber_salinan(semester_2)

    assert [(r.id, r.tahun, r.jumlah_rhk, r.status) for r in rows] == [
        (semester_1, 2026, 1, StatusSkp.DRAFT),
        (lama.skp, 2025, 2, StatusSkp.DRAFT),
    ]
    assert [r.id for r in staf.skp_sumber_salinan(semester_1)] == [lama.skp]  # not later ones
    assert kantor.rekan.skp_sumber_salinan(semester_2) == []
    assert kantor.kepala.isi_skp_sumber(semester_2, lama.skp) == ()
    assert [r.teks for r in staf.isi_skp_sumber(semester_2, lama.skp)] == [
        "Tersusunnya laporan perencanaan",
        "Terselenggaranya rapat koordinasi",
    ]


# --- the tree model ---------------------------------------------------------------------------


def model_dari(kantor: Kantor, lama: Lama, target: str) -> tuple[PohonCentangModel, SkpSumberRow]:
    staf = kantor.staf
    [sumber] = staf.skp_sumber_salinan(target)
    model = PohonCentangModel(judul_kolom(JenisSkp.JA_JF))
    pimpinan = {r.id for r in staf.rhk_pimpinan(target)}
    model.set_simpul(
        simpul_salinan(staf.isi_skp_sumber(target, lama.skp), sumber, JenisSkp.JA_JF, pimpinan)
    )
    return model, sumber


def test_tree_model_passes_the_model_tester(qtmodeltester: object, kantor: Kantor) -> None:
    lama = buat_lama(kantor)
    model, _ = model_dari(kantor, lama, kantor.staf.buat_skp(AWAL, AKHIR, K))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_tree_cells_and_check_boxes(qtbot: QtBot, kantor: Kantor) -> None:
    lama = buat_lama(kantor)
    model, _ = model_dari(kantor, lama, kantor.staf.buat_skp(AWAL, AKHIR, K))
    role = Qt.ItemDataRole
    utama = model.index(0, 0)
    rhk_a = model.index(0, 0, utama)
    iki_2 = model.index(1, 0, rhk_a)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "RHK pimpinan yang diintervensi"
    assert [model.index(0, c).data() for c in range(1)] == ["RHK Utama (1)"]
    assert [rhk_a.siblingAtColumn(c).data() for c in range(4)] == [
        "1. Tersusunnya laporan perencanaan",
        "",
        "",
        "(dikosongkan: pilih ulang setelah disalin)",
    ]
    assert [iki_2.siblingAtColumn(c).data() for c in range(3)] == [
        "Persentase laporan tepat waktu",
        "90–100 %",
        "Waktu",
    ]
    assert rhk_a.data(role.UserRole) == lama.a
    checked, partial, unchecked = (
        Qt.CheckState.Checked,
        Qt.CheckState.PartiallyChecked,
        Qt.CheckState.Unchecked,
    )
    assert utama.data(role.CheckStateRole) == checked

    assert model.setData(iki_2, unchecked.value, role.CheckStateRole)
    assert (rhk_a.data(role.CheckStateRole), utama.data(role.CheckStateRole)) == (partial, partial)
    assert model.setData(rhk_a, unchecked, role.CheckStateRole)  # clears its IKI
    assert model.index(0, 0, rhk_a).data(role.CheckStateRole) == unchecked
    assert utama.data(role.CheckStateRole) == unchecked
    assert model.setData(iki_2, checked, role.CheckStateRole)  # an IKI brings its RHK along
    assert rhk_a.data(role.CheckStateRole) == partial
    assert [n.id for n in model.dicentang("rekaman")] == [lama.a, lama.b]  # B untouched
    model.centang_semua(False)
    assert model.dicentang("rekaman") == []
    assert not model.flags(rhk_a.siblingAtColumn(1)) & Qt.ItemFlag.ItemIsUserCheckable


# --- the editor -------------------------------------------------------------------------------


def urungkan(qtbot: QtBot, page: SkpEditorPage, key: str = "Ctrl+Z") -> None:
    tekan(qtbot, page.hasil.tree, key)
    tunggu(qtbot, page)


def test_copy_in_the_editor_is_one_undo_step(qtbot: QtBot, kantor: Kantor) -> None:
    lama = buat_lama(kantor)
    baru = kantor.staf.buat_skp(AWAL, AKHIR, K)
    page = buka_editor(qtbot, kantor, kantor.org.staf, baru)
    # the empty Hasil Kerja area offers the copy
    assert page.kosong_salin.isVisible() and page.kosong_salin.tombol_salin.isVisible()
    assert page.act_salin in page.menu_actions() and page.act_salin.isEnabled()
    qtbot.mouseClick(page.kosong_salin.tombol_salin, Qt.MouseButton.LeftButton)
    salin = dialog(qtbot, page, SalinSkpDialog)
    assert salin.combo.count() == 1 and salin.combo.currentData() == lama.skp
    assert salin.ringkasan.text() == "Akan disalin: 2 RHK, 3 IKI."

    # uncheck B's only IKI with the keyboard: B stays chosen, without IKI
    tree = salin.tree
    tambahan = salin.model.index(1, 0)
    iki_b = salin.model.index(0, 0, salin.model.index(0, 0, tambahan))
    fokus(qtbot, salin, tree)
    tree.setCurrentIndex(iki_b)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert iki_b.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert salin.ringkasan.text() == "Akan disalin: 2 RHK, 2 IKI."
    ok(qtbot, salin)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=3000)
    tunggu(qtbot, page)

    def struktur() -> list[tuple[str, int]]:
        assert page.data is not None
        return [(r.teks, len(r.iki)) for r in page.data.rhk]

    disalin = [("Tersusunnya laporan perencanaan", 2), ("Terselenggaranya rapat koordinasi", 0)]
    assert struktur() == disalin
    assert not page.kosong_salin.isVisible()
    assert page.penyunting.stack.count() == 1
    ids = [r.id for r in rhk_skp(kantor, baru)]

    urungkan(qtbot, page)
    assert struktur() == [] and rhk_skp(kantor, baru) == []
    assert page.kosong_salin.isVisible()
    urungkan(qtbot, page, "Ctrl+Shift+Z")
    assert struktur() == disalin
    assert [r.id for r in rhk_skp(kantor, baru)] == ids  # the same records back


def test_read_only_viewers_get_no_copy_action(qtbot: QtBot, kantor: Kantor) -> None:
    buat_lama(kantor)
    baru = kantor.staf.buat_skp(AWAL, AKHIR, K)
    page = buka_editor(qtbot, kantor, kantor.org.kepala, baru)  # the PPK reads it
    assert not page.act_salin.isEnabled()
    assert not page.kosong_salin.isVisible()
