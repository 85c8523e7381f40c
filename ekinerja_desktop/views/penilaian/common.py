"""Small pieces the penilaian screens share: texts of periods and states, the message line that
shows refusals in place (never a modal box that could hide typed input), and table setup."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from ekinerja_desktop.domain import DomainError, Predikat, SumberFeedback
from ekinerja_desktop.domain.tanggal import format_tanggal, nama_bulan
from ekinerja_desktop.services.queries_penilaian import FeedbackRow, PeriodePenilaianRow
from ekinerja_desktop.services.uow import ChangeSet
from ekinerja_desktop.views.common.bridge import ChangeBridge

# pyside6-lupdate files every bare `tr("…")` call under the empty context, wherever it stands,
# so the lookup at run time must use that context too.
CONTEXT = ""

STYLE_PESAN = {
    "error": "QLabel { background: #fde8e8; color: #7f1d1d; border: 1px solid #f5b5b5;"
    " border-radius: 3px; padding: 6px 8px; }",
    "info": "QLabel { background: #e8f1fd; color: #1e3a5f; border: 1px solid #b5cdf5;"
    " border-radius: 3px; padding: 6px 8px; }",
    "warning": "QLabel { background: #fff7e0; color: #6b4a00; border: 1px solid #f0d48a;"
    " border-radius: 3px; padding: 6px 8px; }",
}
# Colours of the predikat badge: green for the top, red for the bottom of the S002 matrix.
WARNA_PREDIKAT = {
    Predikat.SANGAT_BAIK: "#166534",
    Predikat.BAIK: "#15803d",
    Predikat.BUTUH_PERBAIKAN: "#a16207",
    Predikat.KURANG: "#b45309",
    Predikat.SANGAT_KURANG: "#b91c1c",
}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate; `%n` in `text` becomes `n` (with the plural form of the translation)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def format_masa(awal: date, akhir: date) -> str:
    """ "1 Januari – 31 Maret 2026"; both years only when they differ."""
    if awal.year == akhir.year:
        return f"{awal.day} {nama_bulan(awal.month)} – {format_tanggal(akhir)}"
    return f"{format_tanggal(awal)} – {format_tanggal(akhir)}"


def status_periode(row: PeriodePenilaianRow) -> str:
    if row.dibuka_ulang_sampai is not None and row.terbuka:
        return tr("Dibuka ulang s.d. {tanggal}").format(
            tanggal=format_tanggal(row.dibuka_ulang_sampai)
        )
    return tr("Terbuka") if row.terbuka else tr("Ditutup")


def label_sumber(f: FeedbackRow) -> str:
    """ "Atasan — Nama", "Ketua Tim — Nama", or "Rekan Kerja" for an anonymous peer."""
    sumber = {
        SumberFeedback.ATASAN: tr("Atasan"),
        SumberFeedback.KETUA_TIM: tr("Ketua Tim"),
        SumberFeedback.REKAN_KERJA: tr("Rekan Kerja"),
    }[f.sumber]
    return f"{sumber} — {f.dari_nama}" if f.dari_nama else sumber


class PesanLabel(QLabel):
    """A message line above a screen: refusals, hints, closed periods. Hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pesan")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(tr("Pesan"))
        self.kind = ""
        self.hide()

    def tampilkan(self, text: str, kind: str = "info") -> None:
        self.kind = kind if text else ""
        self.setText(text)
        self.setStyleSheet(STYLE_PESAN.get(kind, ""))
        self.setVisible(bool(text))

    def bersihkan(self) -> None:
        self.tampilkan("")


def jalankan(pesan: PesanLabel, fn: Callable[[], object]) -> bool:
    """Run a service call; True when it succeeded. A refusal (UserError or DomainError) is shown
    in `pesan`; anything else is a bug and goes on to the crash dialog."""
    try:
        fn()
    except DomainError as error:
        pesan.tampilkan(str(error), "error")
        return False
    pesan.bersihkan()
    return True


def siapkan_tabel(table: QTableView, name: str, stretch_last: bool = True) -> None:
    """Row selection, no inline editing, keyboard-friendly, compact rows."""
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(QFontMetrics(table.font()).height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    header.setHighlightSections(False)
    table.setSortingEnabled(True)
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the query's order at first


def lebar_kolom(table: QTableView, widths: dict[int, int], melar: tuple[int, ...] = ()) -> None:
    """Fixed starting widths; the `melar` (text) columns share what is left, so the table fits
    its width without a horizontal scroll bar at 1024×768 (full texts are in tooltips)."""
    header = table.horizontalHeader()
    for column, width in widths.items():
        header.resizeSection(column, width)
    if melar:
        header.setStretchLastSection(False)
        for column in melar:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def badge_predikat(label: QLabel, predikat: Predikat | None, kosong: str) -> None:
    """Show a predikat as a coloured badge (or `kosong` in grey)."""
    if predikat is None:
        label.setText(kosong)
        label.setStyleSheet("QLabel { color: #555; padding: 3px 8px; }")
        return
    label.setText(predikat.label)
    label.setStyleSheet(
        f"QLabel {{ background: {WARNA_PREDIKAT[predikat]}; color: white; font-weight: bold;"
        " padding: 3px 10px; border-radius: 3px; }"
    )


# Changes to these records can change what the penilaian screens show.
DIPANTAU = frozenset(
    {
        "skp",
        "rhk",
        "iki",
        "ekspektasi_khusus",
        "pegawai",
        "periode",
        "periode_dibuka_ulang",
        "periode_penilaian",
        "rencana_aksi",
        "realisasi",
        "bukti_dukung",
        "feedback",
        "penilaian",
        "tim_kerja",
        "anggota_tim",
    }
)


class Penyegar(QObject):
    """Reloads a page after relevant changes (from this screen, another one, or sync): at once
    when visible, merged into one reload per event-loop turn, or when next shown."""

    def __init__(self, page: QWidget, bridge: ChangeBridge, muat_ulang: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(muat_ulang)
        bridge.sig_changes_applied.connect(self._on_changes)
        page.installEventFilter(self)

    def _on_changes(self, changes: ChangeSet) -> None:
        if not changes.kinds() & DIPANTAU:
            return
        if self._page.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            self._timer.start()
        return False
