"""The preview, the print options, the batch dialog and the Cetak page, driven with pytest-qt."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QThread, Slot
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ekinerja_desktop.domain import JenisSkp
from ekinerja_desktop.models import PenilaianPeriode, PeriodePenilaian, Skp
from ekinerja_desktop.reports.pdf.batch import HasilBatch, pdf_bytes
from ekinerja_desktop.reports.pdf.common import OpsiCetak, TandaTangan
from ekinerja_desktop.services.dokumen import rencana_skp
from ekinerja_desktop.services.dokumen_layanan import JenisDokumen, LayananDokumen
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.dokumen import actions
from ekinerja_desktop.views.dokumen.batch import DialogBatch
from ekinerja_desktop.views.dokumen.halaman_cetak import CetakPage
from ekinerja_desktop.views.dokumen.pratinjau import PratinjauDokumen
from tests.dokumen import pdf_util
from tests.dokumen.conftest import OPSI, Dunia, DuniaUji

HARI = date(2026, 4, 4)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "cetak.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def tutup_jendela(qtbot: QtBot) -> Iterator[None]:
    yield
    for w in QApplication.topLevelWidgets():
        if isinstance(w, PratinjauDokumen | DialogBatch):
            w.close()
            w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _pratinjau_terbuka() -> list[PratinjauDokumen]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PratinjauDokumen) and w.isVisible()
    ]


def _pdf(uji: DuniaUji) -> bytes:
    with uji.db.read_session() as s:
        dok = rencana_skp(s, uji.data.skp_enam_puluh)
    return pdf_bytes(dok, OPSI, "uji")


def _pp(demo: Dunia) -> str:
    with demo.db.read_session() as s:
        return s.scalars(
            select(PeriodePenilaian.id)
            .join(PenilaianPeriode, PenilaianPeriode.periode_penilaian_id == PeriodePenilaian.id)
            .join(Skp, Skp.id == PeriodePenilaian.skp_id)
            .where(Skp.jenis == JenisSkp.JA_JF)
            .order_by(Skp.created_at)
        ).all()[2]


def test_preview_shows_every_page_and_saves(
    qtbot: QtBot, uji: DuniaUji, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = _pdf(uji)
    n = pdf_util.jumlah_halaman(pdf)
    dialog = PratinjauDokumen(pdf, "Rencana SKP", "Rencana_SKP.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.jumlah_halaman() == n)
    assert dialog.info.text() == f"{n} halaman"
    assert not dialog.lanskap()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "hasil"), "")
    )
    path = dialog.simpan()
    assert path == tmp_path / "hasil.pdf"
    assert path.read_bytes() == pdf
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.pdf"]  # no temp file left


def test_preview_prints_every_page(qtbot: QtBot, uji: DuniaUji, tmp_path: Path) -> None:
    pdf = _pdf(uji)
    dialog = PratinjauDokumen(pdf, "Rencana SKP", "Rencana_SKP.pdf")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.jumlah_halaman() > 0)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    assert dialog.cetak_ke(printer) == dialog.jumlah_halaman()
    assert pdf_util.jumlah_halaman(tmp_path / "printer.pdf") == dialog.jumlah_halaman()
    printer.setFromTo(2, 3)
    printer.setOutputFileName(str(tmp_path / "sebagian.pdf"))
    assert dialog.cetak_ke(printer) == 2


def test_cetak_dokumen_defaults_and_remembers_the_options(
    qtbot: QtBot, demo: Dunia, settings: QSettings
) -> None:
    uow = demo.uow("Admin")
    ditanya: list[OpsiCetak] = []

    def tanya(_parent: object, judul: str, opsi: OpsiCetak) -> OpsiCetak:
        assert judul == "Form Penilaian"
        ditanya.append(opsi)
        return OpsiCetak(
            TandaTangan(date(2026, 4, 2), "Mataram", "@"), TandaTangan(HARI, "Mataram", "#")
        )

    pp = _pp(demo)
    pratinjau = actions.cetak_dokumen(
        None, uow, JenisDokumen.FORM_PENILAIAN, pp, tanya=tanya, settings=settings, hari_ini=HARI
    )
    assert pratinjau is not None
    qtbot.addWidget(pratinjau)
    # First time: today and the unit's kota, no anchor.
    assert ditanya[0] == OpsiCetak(
        TandaTangan(HARI, "Jakarta Pusat"), TandaTangan(HARI, "Jakarta Pusat")
    )
    isi = pdf_util.teks(pratinjau.pdf)
    pdf_util.assert_urut(isi, ["Mataram, 2 April 2026", "@", "Mataram, 4 April 2026", "#"])
    assert pratinjau.nama_berkas.startswith("Form_Penilaian_") and " " not in pratinjau.nama_berkas
    actions.cetak_dokumen(
        None, uow, JenisDokumen.FORM_PENILAIAN, pp, tanya=tanya, settings=settings, hari_ini=HARI
    )
    assert ditanya[1].pegawai == TandaTangan(date(2026, 4, 2), "Mataram", "@")
    assert ditanya[1].pejabat_penilai.anchor == "#"
    # The next day the date is today again; the place and anchors stay.
    actions.cetak_dokumen(
        None,
        uow,
        JenisDokumen.FORM_PENILAIAN,
        pp,
        tanya=tanya,
        settings=settings,
        hari_ini=date(2026, 4, 5),
    )
    assert ditanya[2].pegawai == TandaTangan(date(2026, 4, 5), "Mataram", "@")


def test_cancelled_options_show_nothing(qtbot: QtBot, demo: Dunia, settings: QSettings) -> None:
    sebelum = len(_pratinjau_terbuka())
    hasil = actions.cetak_dokumen(
        None,
        demo.uow(),
        JenisDokumen.DOKUMEN_EVALUASI,
        _pp(demo),
        tanya=lambda *_a: None,
        settings=settings,
    )
    assert hasil is None
    assert len(_pratinjau_terbuka()) == sebelum


def test_cetak_skp_dialog_chooses_document_and_period(
    qtbot: QtBot, demo: Dunia, settings: QSettings
) -> None:
    uow = demo.uow("Admin")
    with demo.db.read_session() as s:
        pp = s.get(PeriodePenilaian, _pp(demo))
        assert pp is not None
        skp_id = pp.skp_id
    dialog = actions.cetak_skp(
        None, uow, skp_id, settings=settings, jenis_awal=JenisDokumen.DOKUMEN_EVALUASI
    )
    assert dialog is not None
    qtbot.addWidget(dialog)
    labels = [dialog.jenis.itemText(i) for i in range(dialog.jenis.count())]
    assert labels == [
        "Rencana SKP",
        "Lampiran SKP",
        "Form Penilaian",
        "Dokumen Evaluasi Kinerja",
    ]  # no Manual IKI for a JA/JF SKP
    assert dialog.periode.isEnabled() and dialog.periode.count() == 2  # TW1 and the final
    dialog.panel.pejabat_penilai.anchor.setText("$ppk")
    dialog.accept()
    pratinjau = _pratinjau_terbuka()[-1]
    qtbot.addWidget(pratinjau)
    isi = pdf_util.teks(pratinjau.pdf)
    pdf_util.assert_urut(isi, ["DOKUMEN EVALUASI KINERJA PEGAWAI", "PERIODE : TRIWULAN I", "$ppk"])


class _Mata(QObject):
    def __init__(self, langkah: list[tuple[int, int]]) -> None:
        super().__init__()
        self.langkah = langkah

    @Slot(int, int, str)
    def catat(self, i: int, n: int, _teks: str) -> None:
        assert QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]
        self.langkah.append((i, n))


def _dialog_batch(qtbot: QtBot, demo: Dunia, settings: QSettings, tujuan: Path) -> DialogBatch:
    dialog = DialogBatch(LayananDokumen(demo.uow("Admin")), HARI, settings)
    qtbot.addWidget(dialog)
    i = next(
        i for i in range(dialog.cakupan.count()) if dialog.cakupan.itemText(i).startswith("Biro")
    )
    dialog.cakupan.setCurrentIndex(i)
    assert dialog.periode.currentText().startswith("Periode 1 (TW1)")
    assert dialog.jenis_terpilih() is JenisDokumen.DOKUMEN_EVALUASI
    assert dialog.mulai.isEnabled() and len(dialog.items) >= 20
    assert dialog.jumlah.text() == f"{len(dialog.items)} dokumen akan dicetak."
    dialog.tujuan.setText(str(tujuan))
    dialog.show()
    return dialog


def test_batch_dialog_writes_a_merged_pdf_with_progress(
    qtbot: QtBot, demo: Dunia, settings: QSettings, tmp_path: Path
) -> None:
    tujuan = tmp_path / "out" / "evaluasi_biro.pdf"
    dialog = _dialog_batch(qtbot, demo, settings, tujuan)
    langkah: list[tuple[int, int]] = []
    with qtbot.waitSignal(dialog.selesai, timeout=60_000) as sinyal:
        dialog.jalankan()
        assert dialog.progress is not None and dialog.progress.isVisible()
        assert dialog._pekerja is not None
        mata = _Mata(langkah)  # a QObject of this thread: the emits arrive queued, as the dialog's
        dialog._pekerja.progres.connect(mata.catat)
    hasil = sinyal.args[0]
    assert isinstance(hasil, HasilBatch) and not hasil.dibatalkan
    assert hasil.berkas == (tujuan,)
    assert pdf_util.jumlah_halaman(tujuan) == len(dialog.items)
    assert langkah and langkah[-1][0] == langkah[-1][1]
    assert dialog.progress is None and not dialog.sedang_berjalan()
    assert "dokumen ditulis ke" in dialog.jumlah.text()


@pytest.mark.parametrize("per_pegawai", [False, True])
def test_batch_dialog_cancel_stops_and_leaves_no_file(
    qtbot: QtBot, demo: Dunia, settings: QSettings, tmp_path: Path, per_pegawai: bool
) -> None:
    tujuan = tmp_path / "out" / ("folder" if per_pegawai else "gabung.pdf")
    dialog = _dialog_batch(qtbot, demo, settings, tujuan)
    dialog.per_pegawai.setChecked(per_pegawai)
    dialog.tujuan.setText(str(tujuan))
    with qtbot.waitSignal(dialog.selesai, timeout=60_000) as sinyal:
        dialog.jalankan()
        progress = dialog.progress
        assert progress is not None
        qtbot.waitUntil(lambda: progress.value() >= 1, timeout=30_000)  # under way
        batal = progress.findChild(QPushButton)
        assert batal is not None and batal.text() == "&Batal"
        qtbot.mouseClick(batal, Qt.MouseButton.LeftButton)  # the user's "Batal"
    hasil = sinyal.args[0]
    assert hasil.dibatalkan and hasil.berkas == ()
    assert [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix != ".ini"] == []
    assert dialog.jumlah.text() == "Dibatalkan. Tidak ada berkas yang ditulis."


def test_cetak_page(qtbot: QtBot, demo: Dunia, settings: QSettings, qtmodeltester: object) -> None:
    uow = demo.uow("Pimpinan")
    halaman = CetakPage(uow, ChangeBridge(uow), settings)
    qtbot.addWidget(halaman)
    halaman.tanya = lambda _p, _j, opsi: opsi
    halaman.set_aktor(uow.aktor)
    halaman.resize(1000, 700)
    halaman.show()
    qtmodeltester.check(halaman.model)  # type: ignore[attr-defined]
    rows = halaman.model.rows()
    assert len(rows) == len(LayananDokumen(uow).daftar_skp()) > 3
    assert halaman.skp_terpilih() is not None
    # The pimpinan's own SKP is JPT: the Manual IKI is offered.
    own = next(r for r in rows if r.jenis is JenisSkp.JPT)
    halaman.pilih_skp(own.id)
    jenis = [halaman.jenis.itemData(i) for i in range(halaman.jenis.count())]
    assert JenisDokumen.MANUAL_IKI.value in jenis
    halaman.jenis.setCurrentIndex(jenis.index(JenisDokumen.RENCANA_SKP.value))
    assert not halaman.periode.isEnabled()
    halaman.pratinjau_skp()
    assert halaman.pratinjau is not None
    qtbot.addWidget(halaman.pratinjau)
    assert "SASARAN KINERJA PEGAWAI" in pdf_util.teks(halaman.pratinjau.pdf)
    # The batch and the unit's MPH are there for a pimpinan.
    assert halaman.kotak_unit.isVisibleTo(halaman) and halaman.tombol_batch.isVisibleTo(halaman)
    assert halaman.mph.count() >= 1
    halaman.pratinjau_mph()
    qtbot.addWidget(halaman.pratinjau)
    assert halaman.pratinjau.lanskap()
    assert "MATRIKS PERAN HASIL" in pdf_util.teks(halaman.pratinjau.pdf)
    halaman.cari.setText("zzz-tidak-ada")
    assert halaman.proxy.rowCount() == 0


def test_cetak_page_for_a_pegawai_has_no_unit_tools(
    qtbot: QtBot, demo: Dunia, settings: QSettings
) -> None:
    uow = demo.uow("Pegawai")
    halaman = CetakPage(uow, ChangeBridge(uow), settings)
    qtbot.addWidget(halaman)
    halaman.set_aktor(uow.aktor)
    assert len(halaman.model.rows()) >= 1
    assert not halaman.tombol_batch.isVisibleTo(halaman)
