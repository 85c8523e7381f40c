"""The SKP template: what it holds, the round trip (export then import changes nothing), and
edits made in Excel coming back through one unit of work."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from sqlalchemy import select

from ekinerja_desktop.domain import (
    Aspek,
    JenisRhk,
    KlasifikasiRhk,
    Pendekatan,
    Perspektif,
    StatusSkp,
)
from ekinerja_desktop.models import Skp
from ekinerja_desktop.reports.excel.template_skp import baca_template, tulis_template
from ekinerja_desktop.services.impor_skp import LayananImporSkp, RencanaImpor, urutan_baru
from ekinerja_desktop.services.queries_skp import SkpEditorData
from ekinerja_desktop.services.uow import Aktor, ChangeSet, UnitOfWork
from tests.excel.conftest import Dunia, Kantor, ubah


def editor(kantor: Kantor, skp_id: str | None = None) -> SkpEditorData:
    data = kantor.skp().muat_editor(skp_id or kantor.skp_staf)
    assert data is not None
    return data


def impor(kantor: Kantor, path: Path, skp_id: str | None = None) -> RencanaImpor:
    layanan = kantor.impor()
    skp_id = skp_id or kantor.skp_staf
    return layanan.impor(skp_id, baca_template(path, layanan.data_template(skp_id)))


def test_the_template_holds_the_header_the_rows_the_lists_and_empty_rows(
    kantor: Kantor, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(kantor.template(tmp_path))
    assert wb.sheetnames == ["Hasil Kerja", "Pilihan"]
    assert wb["Pilihan"].sheet_state == "hidden"
    ws = wb["Hasil Kerja"]
    kepala = {ws.cell(row=n, column=1).value: ws.cell(row=n, column=3).value for n in range(3, 9)}
    assert kepala["Pegawai yang dinilai"].startswith("Staf Uji · NIP 19850505 201001 2 002")
    assert "Penata / III/c" in kepala["Pegawai yang dinilai"]
    assert kepala["Pejabat penilai kinerja"].startswith("Kepala Uji · NIP 19700101 200003 1 001")
    assert kepala["Periode penilaian"] == "1 Januari 2026 – 31 Desember 2026"
    assert kepala["Pendekatan"].startswith("Kuantitatif · format JA/JF")
    assert kepala["ID SKP"] == kantor.skp_staf
    header = [c.value for c in ws[10]]
    assert header == [
        "Jenis RHK",
        "RHK Pimpinan yang Diintervensi",
        "Rencana Hasil Kerja",
        "Aspek",
        "Indikator Kinerja Individu",
        "Target Min",
        "Target Max",
        "Satuan",
        "Klasifikasi",
        "Unit/Tim (RHK Organisasi)",
        "Penugasan Dari",
        "ID RHK",
        "ID IKI",
    ]
    assert ws.freeze_panes == "A11"
    assert ws.column_dimensions["L"].hidden and ws.column_dimensions["M"].hidden
    assert not ws.column_dimensions["C"].hidden
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=11, max_row=14)]
    r1, _r2, r3 = kantor.rhk_staf
    assert rows[0][:11] == [
        "Utama",
        "Meningkatnya kualitas perencanaan biro (Kepala Uji)",
        "Tersusunnya bahan rencana kerja unit",
        "Kuantitas",
        "Jumlah bahan yang disusun",
        4,  # targets are numbers, not text
        6,
        "dokumen",
        "Individu",
        None,
        "Kepala Biro Uji",
    ]
    assert rows[0][11] == r1
    assert rows[1][2] == "Terlaksananya rencana kerja tim" and rows[1][9] == "Tim kerja: Tim Uji"
    assert rows[1][5] == 80.5 and rows[2][5] == 1250000
    assert rows[2][:3] == [None, None, None]  # the second IKI continues the RHK above
    assert ws["A13"].fill.fgColor.rgb.endswith("F2F2F2")
    assert rows[3][0] == "Tambahan" and rows[3][4] is None and rows[3][11] == r3
    assert all(v is None for v in rows[3][12:])
    assert ws["C15"].border.left.style == "thin" and ws["C15"].value is None  # empty rows wait

    daftar = {
        str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.formula1
        for dv in ws.data_validations.dataValidation
    }
    assert daftar["A"] == '"Utama,Tambahan"'
    assert daftar["D"] == '"Kuantitas,Kualitas,Waktu,Biaya"'
    assert daftar["I"] == '"Individu,Organisasi"'
    assert daftar["B"] == "'Pilihan'!$A$2:$A$4"
    assert daftar["J"] == "'Pilihan'!$B$2:$B$3"
    pilihan = wb["Pilihan"]
    leader = [pilihan.cell(row=n, column=1).value for n in range(2, 5)]
    assert leader == [
        "Meningkatnya kualitas perencanaan biro (Kepala Uji)",
        "Meningkatnya akuntabilitas keuangan biro (Kepala Uji)",
        "Tersusunnya rencana kerja tim (Rekan Uji)",
    ]  # the atasan's RHK and the ketua's team RHK, never rekan's own individual RHK
    assert [pilihan.cell(row=n, column=2).value for n in (2, 3)] == [
        "Unit kerja: Biro Uji",
        "Tim kerja: Tim Uji",
    ]


def test_export_then_import_changes_nothing(kantor: Kantor, tmp_path: Path) -> None:
    sebelum = kantor.keadaan()
    path = kantor.template(tmp_path)
    layanan = kantor.impor()
    bacaan = baca_template(path, layanan.data_template(kantor.skp_staf))
    assert bacaan.kesalahan == () and bacaan.skp_id == kantor.skp_staf
    assert layanan.periksa(kantor.skp_staf, bacaan).kosong
    assert layanan.impor(kantor.skp_staf, bacaan).kosong
    assert kantor.keadaan() == sebelum


def test_the_round_trip_keeps_odd_values_a_draft_may_hold(kantor: Kantor, tmp_path: Path) -> None:
    """A target that is not a number yet, spaces around text, a 1,000-character RHK with
    apostrophes and non-ASCII, an intervened leader RHK that is no longer on the list."""
    staf = kantor.skp()
    panjang = ("Terwujudnya layanan 'prima' bagi warga Nusa Tenggara — ñandú, Ärger, ü " * 20)[
        :1000
    ]
    rhk = staf.tambah_rhk(
        kantor.skp_staf, f"  {panjang}  ", rhk_diintervensi_id=kantor.rhk_kepala[1]
    )
    staf.tambah_iki(rhk, "Indeks kepuasan ", target_min="delapan puluh", target_max="2.500,5")
    # The leader's RHK leaves the list when the kepala stops being the pejabat penilai.
    with kantor.db.write_session() as s, s.begin():
        skp = s.get(Skp, kantor.skp_staf)
        assert skp is not None
        skp.pejabat_penilai_id = None
    sebelum = kantor.keadaan()
    path = kantor.template(tmp_path)
    ws = openpyxl.load_workbook(path)["Hasil Kerja"]
    assert ws["C14"].value.startswith("  Terwujudnya layanan 'prima'")
    assert ws["F14"].value == "delapan puluh" and ws["G14"].value == 2500.5
    assert impor(kantor, path).kosong
    assert kantor.keadaan() == sebelum


def test_every_draft_of_the_demo_survives_the_round_trip(demo: Dunia, tmp_path: Path) -> None:
    with demo.db.read_session() as s:
        drafts = list(
            s.execute(select(Skp.id, Skp.pegawai_id).where(Skp.status == StatusSkp.DRAFT))
        )
    assert drafts
    for skp_id, pegawai_id in drafts:
        layanan = LayananImporSkp(UnitOfWork(demo.db, aktor=Aktor(pegawai_id, "", "")))
        data = layanan.data_template(skp_id)
        assert data.boleh_impor and data.rhk_pimpinan  # each may intervene a leader RHK
        path = tulis_template(tmp_path / f"{skp_id}.xlsx", data)
        assert layanan.periksa(skp_id, baca_template(path, data)).kosong


def test_edits_in_excel_come_back_in_one_unit_of_work(kantor: Kantor, tmp_path: Path) -> None:
    path = kantor.template(tmp_path)
    ubah(
        path,
        F11=5,  # a target changed
        E13=None, F13=None, H13=None, D13=None,  # the second IKI of RHK 2 cleared: deleted
        A14="Utama",  # the tambahan RHK becomes utama
        # a new RHK with two IKI below the data, picked from the lists
        C15="Tersusunnya laporan evaluasi",
        B15="Meningkatnya akuntabilitas keuangan biro (Kepala Uji)",
        D15="Kualitas", E15="Persentase laporan tanpa revisi", F15=90, G15=100, H15="%",
        I15="Organisasi",
        E16="Jumlah laporan", F16="4", G16=4, H16="laporan", D16="kuantitas",
    )  # fmt: skip
    sebelum = len(kantor.ops())
    uow = kantor.uow()
    terima: list[ChangeSet] = []
    uow.subscribe(terima.append)
    layanan = LayananImporSkp(uow)
    bacaan = baca_template(path, layanan.data_template(kantor.skp_staf))
    rencana = layanan.periksa(kantor.skp_staf, bacaan)
    assert (rencana.rhk_baru, rencana.rhk_diubah, rencana.rhk_dihapus) == (1, 1, 0)
    assert (rencana.iki_baru, rencana.iki_diubah, rencana.iki_dihapus) == (2, 1, 1)
    versi = editor(kantor).header.versi_isi
    assert layanan.impor(kantor.skp_staf, bacaan) == rencana
    assert len(terima) == 1  # one commit, one change set for the screens

    data = editor(kantor)
    assert data.header.versi_isi == versi + 1
    teks = [(r.jenis, r.teks, len(r.iki)) for r in data.rhk]
    assert teks == [
        (JenisRhk.UTAMA, "Tersusunnya bahan rencana kerja unit", 1),
        (JenisRhk.UTAMA, "Terlaksananya rencana kerja tim", 1),
        (JenisRhk.UTAMA, "Menjadi narasumber internal", 0),
        (JenisRhk.UTAMA, "Tersusunnya laporan evaluasi", 2),
    ]
    assert data.rhk[0].iki[0].target_min == "5"
    baru = data.rhk[3]
    assert baru.rhk_diintervensi_id == kantor.rhk_kepala[1]
    assert baru.klasifikasi is KlasifikasiRhk.ORGANISASI and baru.unor_id == kantor.org.unor_id
    assert [(i.indikator, i.aspek, i.target_min, i.target_max) for i in baru.iki] == [
        ("Persentase laporan tanpa revisi", Aspek.KUALITAS, "90", "100"),
        ("Jumlah laporan", Aspek.KUANTITAS, "4", "4"),
    ]
    ops = kantor.ops()[sebelum:]
    assert sorted(ops) == sorted(
        ["iki.update", "iki.delete", "rhk.update", "rhk.create", "iki.create", "iki.create"]
    )
    # A fresh template of the result imports as no change at all.
    (tmp_path / "lagi").mkdir()
    assert impor(kantor, kantor.template(tmp_path / "lagi")).kosong


def test_rows_moved_in_excel_change_the_order_and_deleted_rows_delete(
    kantor: Kantor, tmp_path: Path
) -> None:
    path = kantor.template(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Hasil Kerja"]
    pertama = [c.value for c in ws[11]]
    kedua = [[c.value for c in ws[n]] for n in (12, 13)]
    for baris, nilai_baris in ((11, kedua[0]), (12, kedua[1]), (13, pertama)):
        for kolom, nilai in enumerate(nilai_baris, start=1):  # RHK 2 (two rows), then RHK 1
            ws.cell(row=baris, column=kolom).value = nilai
    for kolom in "ABCDEFGHIJK":  # the tambahan RHK cleared (its hidden id stays)
        ws[f"{kolom}14"] = None
    wb.save(path)
    rencana = impor(kantor, path)
    assert rencana.rhk_dihapus == 1 and rencana.rhk_dihapus_teks == ("Menjadi narasumber internal",)
    data = editor(kantor)
    assert [r.teks for r in data.rhk] == [
        "Terlaksananya rencana kerja tim",
        "Tersusunnya bahan rencana kerja unit",
    ]
    assert [r.urutan for r in data.rhk] == [1, 2]


def test_a_copied_row_keeps_its_hidden_ids_and_still_becomes_a_new_rhk(
    kantor: Kantor, tmp_path: Path
) -> None:
    path = kantor.template(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Hasil Kerja"]
    for kolom, cell in enumerate(ws[11], start=1):
        ws.cell(row=15, column=kolom).value = cell.value
    ws["C15"] = "Tersusunnya bahan rencana kerja unit (salinan)"
    wb.save(path)
    rencana = impor(kantor, path)
    assert (rencana.rhk_baru, rencana.iki_baru, rencana.rhk_diubah) == (1, 1, 0)
    utama = [r.teks for r in editor(kantor).rhk if r.jenis is JenisRhk.UTAMA]
    assert utama[-1].endswith("(salinan)")


def test_urutan_is_kept_while_the_order_is_and_renumbered_when_it_is_not() -> None:
    assert urutan_baru([1, 3, 7]) == [1, 3, 7]
    assert urutan_baru([1, 3, None, None]) == [1, 3, 4, 5]
    assert urutan_baru([3, 1]) == [1, 2]
    assert urutan_baru([None, 2]) == [1, 2]
    assert urutan_baru([]) == []


def test_jpt_and_kualitatif_templates_have_their_own_columns(
    kantor: Kantor, tmp_path: Path
) -> None:
    kepala = kantor.skp(kantor.org.kepala)
    kepala.tambah_iki(
        kantor.rhk_kepala[0], "Indeks perencanaan", target_min="3", perspektif=Perspektif.ANGGARAN
    )
    layanan = kantor.impor(kantor.org.kepala)
    data = layanan.data_template(kantor.skp_kepala)
    path = tulis_template(tmp_path / "jpt.xlsx", data)
    ws = openpyxl.load_workbook(path)["Hasil Kerja"]
    assert [c.value for c in ws[10]][:8] == [
        "Jenis RHK",
        "Rencana Hasil Kerja",
        "Indikator Kinerja Individu",
        "Target Min",
        "Target Max",
        "Satuan",
        "Perspektif",
        "RHK Pimpinan yang Diintervensi",
    ]
    assert ws["G11"].value == "Anggaran"
    assert layanan.periksa(kantor.skp_kepala, baca_template(path, data)).kosong
    ubah(path, G11="Proses Bisnis")
    assert layanan.impor(kantor.skp_kepala, baca_template(path, data)).iki_diubah == 1
    assert editor(kantor, kantor.skp_kepala).rhk[0].iki[0].perspektif is Perspektif.PROSES_BISNIS

    rekan = kantor.skp(kantor.org.rekan)
    skp_kualitatif = rekan.buat_skp(date(2027, 1, 1), date(2027, 12, 31), Pendekatan.KUALITATIF)
    data = kantor.impor(kantor.org.rekan).data_template(skp_kualitatif)
    path = tulis_template(tmp_path / "kualitatif.xlsx", data)
    ws = openpyxl.load_workbook(path)["Hasil Kerja"]
    header = [c.value for c in ws[10]]
    assert "IKI dan Target" in header and "Target Min" not in header
    ws = ubah(path, C11="Terwujudnya arsip digital", E11="Arsip unit terdigitalisasi penuh")
    hasil = kantor.impor(kantor.org.rekan).impor(skp_kualitatif, baca_template(path, data))
    assert (hasil.rhk_baru, hasil.iki_baru) == (1, 1)
    iki = editor(kantor, skp_kualitatif).rhk[0].iki[0]
    assert iki.indikator == "Arsip unit terdigitalisasi penuh" and iki.target_min is None
