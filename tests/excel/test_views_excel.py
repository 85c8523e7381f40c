"""The "Laporan Excel" page, the background download with its cancel, the SKP editor's Excel
actions and their dialogs, driven with pytest-qt on real widgets."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from ekinerja_desktop.services.impor_skp import RencanaImpor
from ekinerja_desktop.services.laporan_excel import JenisLaporan, LayananLaporanExcel
from ekinerja_desktop.services.queries_laporan import OrangLaporan
from ekinerja_desktop.services.queries_laporan_tim import JumlahTimRow, LaporanJumlahTim
from ekinerja_desktop.services.template_skp import KesalahanImpor
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.excel import actions
from ekinerja_desktop.views.excel.dialog_impor import DialogKesalahanImpor, DialogRencanaImpor
from ekinerja_desktop.views.excel.laporan_page import LaporanExcelPage
from ekinerja_desktop.views.excel.pekerja import HasilUnduh, PekerjaLaporan, UnduhLaporan
from ekinerja_desktop.views.main_window import MainWindow
from tests.excel.conftest import Dunia, Kantor, ubah


@pytest.fixture(autouse=True)
def bersihkan(qtbot: QtBot) -> object:
    yield None
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def halaman(qtbot: QtBot, demo: Dunia, peran: str) -> LaporanExcelPage:
    uow = demo.uow(peran)
    page = LaporanExcelPage(uow, ChangeBridge(uow))
    qtbot.addWidget(page)
    page.set_aktor(uow.aktor)
    page.resize(900, 600)
    page.show()
    return page


def test_the_page_offers_each_report_with_its_own_choices(
    qtbot: QtBot, demo: Dunia, qtmodeltester: object
) -> None:
    page = halaman(qtbot, demo, "Admin")
    assert page.tersedia
    jenis = [page.jenis.itemData(i) for i in range(page.jenis.count())]
    assert jenis == [j.value for j in JenisLaporan]
    assert page.unit.itemText(0) == "Seluruh instansi"
    assert page.unit.itemText(2).startswith("    Biro ")  # indented under the Sekretariat

    def terlihat() -> dict[str, bool]:
        return {
            c.objectName(): page.form.isRowVisible(c)
            for c in (page.unit, page.cakupan, page.tahun, page.periode, page.status)
        }

    page.pilih(page.jenis, JenisLaporan.MPH.value)
    assert terlihat() == {
        "pilih_unit": True,
        "pilih_cakupan": False,
        "pilih_tahun": True,
        "pilih_periode": False,
        "pilih_status": False,
    }
    assert "tidak ada peran" in page.keterangan.text()
    page.pilih(page.jenis, JenisLaporan.REKAP_PENILAIAN.value)
    assert terlihat()["pilih_cakupan"] and terlihat()["pilih_periode"]
    assert not terlihat()["pilih_unit"]
    page.pilih(page.jenis, JenisLaporan.RENCANA_SKP.value)
    assert terlihat()["pilih_status"] and page.tombol_unduh.isEnabled()
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]

    pegawai = halaman(qtbot, demo, "Pegawai")
    assert not pegawai.tersedia and pegawai.jenis.count() == 0
    assert not pegawai.tombol_unduh.isEnabled()
    assert "admin instansi, pimpinan unit kerja" in pegawai.pesan.text()


def test_unduh_excel_writes_the_report_off_the_gui_thread(
    qtbot: QtBot, demo: Dunia, tmp_path: Path, qtmodeltester: object
) -> None:
    page = halaman(qtbot, demo, "Admin")
    page.pilih(page.jenis, JenisLaporan.PENILAIAN_SKP.value)
    ditanya: list[str] = []

    def pilih(_parent: object, _judul: str, usulan: str, _saring: str) -> str:
        ditanya.append(usulan)
        return str(tmp_path / "penilaian")  # without .xlsx: added

    page.pilih_berkas = pilih
    with qtbot.waitSignal(page.unduh.selesai, timeout=30_000) as sinyal:
        qtbot.keyClick(page.tombol_unduh, " ")
    hasil = sinyal.args[0]
    assert isinstance(hasil, HasilUnduh) and hasil.path == tmp_path / "penilaian.xlsx"
    assert Path(ditanya[0]).name == (
        "laporan-penilaian-skp-seluruh-instansi-periode-1-tw1-2026.xlsx"
    )
    wb = openpyxl.load_workbook(tmp_path / "penilaian.xlsx")
    assert wb.sheetnames == ["Penilaian SKP", "Ringkasan"]
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert row.laporan == "Laporan Penilaian SKP" and row.lingkup == "Seluruh instansi"
    assert row.jumlah_baris == hasil.jumlah_baris > 80
    assert str(tmp_path / "penilaian.xlsx") in page.pesan.text()
    assert page.tombol_buka.isEnabled() and page.tombol_unduh.isEnabled()
    assert page.unduh.progress is None  # the progress dialog is gone
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]

    page.pilih_berkas = lambda *_a: ""  # cancelled in the file dialog: nothing starts
    page.unduh_excel()
    assert not page.unduh.sedang_berjalan() and page.model.rowCount() == 1


def test_the_progress_dialog_cancels_and_nothing_is_written(
    qtbot: QtBot, demo: Dunia, tmp_path: Path
) -> None:
    data = LayananLaporanExcel(demo.uow()).jumlah_tim(None, 2026)
    lanjut = threading.Event()

    def ambil() -> LaporanJumlahTim:
        lanjut.wait(10)
        return data

    induk = halaman(qtbot, demo, "Admin")
    unduh = UnduhLaporan(induk)
    unduh.mulai("Uji", ambil, tmp_path / "batal.xlsx")
    assert unduh.sedang_berjalan() and unduh.progress is not None
    qtbot.waitUntil(lambda: unduh.progress is not None and unduh.progress.isVisible())
    with qtbot.waitSignal(unduh.selesai, timeout=10_000) as sinyal:
        tombol = unduh.progress.findChild(QPushButton)
        assert tombol is not None and tombol.text() == "&Batal"
        qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)
        lanjut.set()
    assert sinyal.args[0].dibatalkan
    assert list(tmp_path.iterdir()) == []
    assert not unduh.sedang_berjalan()


def test_a_long_report_reports_progress_and_stops_between_rows(tmp_path: Path) -> None:
    orang = OrangLaporan("p", "198001012005011004", "Budi", "Analis", "", "u", "Unit", None, "")
    banyak = tuple(JumlahTimRow(f"p{i}", orang, 2026, 0, 0, 0, 0) for i in range(1300))
    laporan = LaporanJumlahTim("Uji", 2026, banyak, ())
    pekerja = PekerjaLaporan(lambda: laporan, tmp_path / "panjang.xlsx")
    progres: list[tuple[int, int]] = []
    hasil: list[HasilUnduh] = []
    pekerja.progres.connect(lambda a, b: progres.append((a, b)))
    pekerja.selesai.connect(hasil.append)
    pekerja.jalankan()  # on this thread: the signals arrive at once
    assert progres == [(0, 1300), (500, 1300), (1000, 1300)]
    assert hasil[0].path == tmp_path / "panjang.xlsx" and hasil[0].jumlah_baris == 1300

    pekerja = PekerjaLaporan(lambda: laporan, tmp_path / "berhenti.xlsx")
    pekerja.progres.connect(lambda a, _b: pekerja.batal() if a >= 500 else None)
    pekerja.selesai.connect(hasil.append)
    pekerja.jalankan()
    assert hasil[1].dibatalkan and not (tmp_path / "berhenti.xlsx").exists()


def test_the_page_is_in_the_navigation_for_those_who_may_use_it(qtbot: QtBot, demo: Dunia) -> None:
    uow = UnitOfWork(demo.db)
    window = MainWindow(uow, ChangeBridge(uow), demo=False)
    qtbot.addWidget(window)
    baris = range(len(window.pages))
    nomor = next(i for i in baris if isinstance(window.page_at(i), LaporanExcelPage))
    assert window.nav.item(nomor).text() == "Laporan Excel"
    window.act_as(demo.info.pengguna["Pimpinan"])
    assert not window.nav.isRowHidden(nomor)
    window.act_as(demo.info.pengguna["Pegawai"])
    assert window.nav.isRowHidden(nomor)


# --- the SKP editor's actions ----------------------------------------------------------------


class Dialog:
    """Stand-ins for the file dialogs and message boxes, recording what they were asked."""

    def __init__(self, jawaban: str = "", setuju: bool = True) -> None:
        self.jawaban = jawaban
        self.jawab_setuju = setuju
        self.pesan: list[tuple[str, str]] = []
        self.kesalahan: list[tuple[tuple[KesalahanImpor, ...], str]] = []
        self.rencana: list[RencanaImpor] = []
        self.ditanya: list[str] = []

    def pilih(self, _parent: object, _judul: str, usulan: str, _saring: str) -> str:
        self.ditanya.append(usulan)
        return self.jawaban

    def kabar(self, _parent: object, pesan: str, jenis: str) -> None:
        self.pesan.append((jenis, pesan))

    def tampilkan(self, _p: object, kesalahan: tuple[KesalahanImpor, ...], nama: str) -> None:
        self.kesalahan.append((kesalahan, nama))

    def setuju(self, _parent: object, rencana: RencanaImpor) -> bool:
        self.rencana.append(rencana)
        return self.jawab_setuju


def impor(kantor: Kantor, dialog: Dialog, uow: UnitOfWork | None = None) -> RencanaImpor | None:
    return actions.impor_dari_excel(
        None,
        uow or kantor.uow(),
        kantor.skp_staf,
        pilih=dialog.pilih,
        setuju=dialog.setuju,
        kesalahan=dialog.tampilkan,
        kabar=dialog.kabar,
    )


def test_unduh_template_then_impor_dari_excel(qtbot: QtBot, kantor: Kantor, tmp_path: Path) -> None:
    dialog = Dialog(str(tmp_path / "draf"))
    path = actions.unduh_template_skp(
        None, kantor.uow(), kantor.skp_staf, pilih=dialog.pilih, kabar=dialog.kabar
    )
    assert path == tmp_path / "draf.xlsx" and path.exists()
    assert Path(dialog.ditanya[0]).name == "template-skp-staf-uji-2026.xlsx"
    assert dialog.pesan[-1][0] == "info" and "Impor dari Excel" in dialog.pesan[-1][1]
    assert actions.boleh_impor(kantor.uow(), kantor.skp_staf)
    assert not actions.boleh_impor(kantor.uow(kantor.org.kepala), kantor.skp_staf)

    dialog.jawaban = str(path)
    assert impor(kantor, dialog) == RencanaImpor()  # unchanged: said so, nothing asked
    assert dialog.pesan[-1] == ("info", "Tidak ada perubahan: isi berkas sama dengan isi SKP.")
    assert dialog.rencana == []

    ubah(path, C15="Tersusunnya laporan kegiatan", E15="Jumlah laporan", F15=2)
    dialog.jawab_setuju = False
    sebelum = kantor.keadaan()
    assert impor(kantor, dialog) is None  # declined at the confirmation
    assert kantor.keadaan() == sebelum and dialog.rencana[-1].rhk_baru == 1

    dialog.jawab_setuju = True
    hasil = impor(kantor, dialog)
    assert hasil is not None and (hasil.rhk_baru, hasil.iki_baru) == (1, 1)
    assert dialog.pesan[-1] == (
        "info",
        "Impor selesai: 1 RHK ditambahkan, 1 IKI ditambahkan.",
    )


def test_a_refused_file_lists_its_errors_and_imports_nothing(
    qtbot: QtBot, kantor: Kantor, tmp_path: Path
) -> None:
    path = ubah(kantor.template(tmp_path), F11="delapan puluh", D12="Kecepatan")
    dialog = Dialog(str(path))
    sebelum = kantor.keadaan()
    assert impor(kantor, dialog) is None
    assert kantor.keadaan() == sebelum
    ((kesalahan, nama),) = dialog.kesalahan
    assert nama == "template.xlsx"
    assert [str(k) for k in kesalahan] == [
        "Sheet 'Hasil Kerja', baris 11, kolom F (Target Min): 'delapan puluh' bukan angka",
        "Sheet 'Hasil Kerja', baris 12, kolom D (Aspek): 'Kecepatan' bukan aspek yang dikenal "
        "(pilih Kuantitas, Kualitas, Waktu, atau Biaya).",
    ]

    kepala = Dialog(str(path))
    assert impor(kantor, kepala, kantor.uow(kantor.org.kepala)) is None
    assert kepala.ditanya == [] and kepala.pesan[0][0] == "warning"
    assert "hanya untuk pemilik SKP" in kepala.pesan[0][1]


def test_the_error_dialog_shows_every_error_in_a_table(qtbot: QtBot, qtmodeltester: object) -> None:
    kesalahan = (
        KesalahanImpor("'x' bukan angka", "Hasil Kerja", 7, "E", "Target Min"),
        KesalahanImpor("berkas 'a.xlsx' kosong (0 byte)"),
    )
    dialog = DialogKesalahanImpor(kesalahan, "a.xlsx")
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    model = dialog.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Sheet",
        "Baris",
        "Kolom",
        "Kesalahan",
    ]
    assert model.row_texts(0) == ("Hasil Kerja", "7", "E (Target Min)", "'x' bukan angka")
    assert model.row_texts(1) == ("", "", "", "berkas 'a.xlsx' kosong (0 byte)")
    keterangan = dialog.findChild(QLabel, "keterangan_kesalahan")
    assert keterangan is not None and "Perbaiki 2 kesalahan berikut" in keterangan.text()
    assert "'a.xlsx' tidak diimpor" in keterangan.text()
    dialog.salin()
    assert QGuiApplication.clipboard().text() == (
        "Sheet 'Hasil Kerja', baris 7, kolom E (Target Min): 'x' bukan angka\n"
        "berkas 'a.xlsx' kosong (0 byte)"
    )


def test_the_confirmation_names_the_rhk_it_deletes(qtbot: QtBot) -> None:
    rencana = RencanaImpor(rhk_baru=1, rhk_dihapus=1, rhk_dihapus_teks=("Menjadi narasumber",))
    dialog = DialogRencanaImpor(rencana)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "ringkasan_impor")
    assert label is not None
    assert "1 RHK ditambahkan, 1 RHK dihapus." in label.text()
    assert "• Menjadi narasumber" in label.text()
