"""What the two aktivitas harian pages share: the columns and the table model over
`AktivitasRow`, the proxy that filters and groups the rows by day, the month chooser, and
the texts of a status, a day and a recap."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ekinerja_desktop.domain import RekapBulan, format_jumlah_jam, format_rentang_jam
from ekinerja_desktop.domain.aktivitas import format_persen, nama_hari
from ekinerja_desktop.domain.tanggal import NAMA_BULAN, format_tanggal, nama_bulan
from ekinerja_desktop.services.queries_aktivitas import AktivitasRow
from ekinerja_desktop.views.common.table_model import (
    ALIGN_RIGHT,
    AnyIndex,
    Column,
    RowTableModel,
)
from ekinerja_desktop.views.rekap.common import SaringProxy

translate = QCoreApplication.translate  # a literal context, so pyside6-lupdate finds it

KOLOM_TANGGAL_TANPA_PEGAWAI = 0


def label_hari(d: date, dengan_tahun: bool = True) -> str:
    """ "Senin, 2 November 2026" (or "Senin, 2 November" under a month chooser)."""
    if dengan_tahun:
        return f"{nama_hari(d)}, {format_tanggal(d)}"
    return f"{nama_hari(d)}, {d.day} {nama_bulan(d.month)}"


def teks_bukti(r: AktivitasRow) -> str:
    """The evidence link's site (the whole link is in the tooltip and behind "Buka bukti")."""
    if not r.bukti_url:
        return ""
    return urlsplit(r.bukti_url).hostname or r.bukti_url


def label_bulan(tahun: int, bulan: int) -> str:
    return f"{nama_bulan(bulan)} {tahun}"


def teks_status(r: AktivitasRow) -> str:
    if r.divalidasi:
        return translate("Aktivitas", "Divalidasi oleh {nama}").format(
            nama=r.divalidasi_oleh_nama or "–"
        )
    return translate("Aktivitas", "Belum divalidasi")


def tooltip_status(r: AktivitasRow) -> str:
    if r.divalidasi and r.divalidasi_pada is not None:
        return translate("Aktivitas", "Divalidasi oleh {nama} pada {waktu}").format(
            nama=r.divalidasi_oleh_nama or "–", waktu=format_tanggal(r.divalidasi_pada.date())
        )
    return teks_status(r)


def teks_rujukan(r: AktivitasRow) -> str:
    """The RHK, and the rencana aksi after a dash when there is one."""
    if r.rencana_aksi_teks:
        return f"{r.rhk_teks} — {r.rencana_aksi_teks}"
    return r.rhk_teks


def teks_durasi(menit: int) -> str:
    return translate("Aktivitas", "{jam} jam").format(jam=format_jumlah_jam(menit))


def teks_rekap(rekap: RekapBulan) -> str:
    """The month's recap line: entries, hours and the validated share of the hours."""
    return translate(
        "Aktivitas",
        "{bulan}: {jumlah} aktivitas · {jam} jam · {persen} jam divalidasi "
        "({divalidasi} dari {jumlah} aktivitas)",
    ).format(
        bulan=label_bulan(rekap.tahun, rekap.bulan),
        jumlah=rekap.jumlah,
        jam=format_jumlah_jam(rekap.menit),
        persen=format_persen(rekap.persen_divalidasi),
        divalidasi=rekap.jumlah_divalidasi,
    )


def kolom_aktivitas(dengan_pegawai: bool) -> tuple[Column[AktivitasRow], ...]:
    pegawai: tuple[Column[AktivitasRow], ...] = (
        (Column(translate("Aktivitas", "Pegawai"), lambda r: r.pegawai_nama, tooltip=True),)
        if dengan_pegawai
        else ()
    )
    return (
        *pegawai,
        Column(
            translate("Aktivitas", "Tanggal"),
            # The atasan's page has a Pegawai column more: the date without the day name; the
            # pegawai's shows the month above the table: the day without the year.
            (lambda r: format_tanggal(r.tanggal))
            if dengan_pegawai
            else lambda r: label_hari(r.tanggal, dengan_tahun=False),
            sort_key=lambda r: f"{r.tanggal.isoformat()} {r.jam_mulai.isoformat()}",
        ),
        Column(
            translate("Aktivitas", "Jam"),
            lambda r: format_rentang_jam(r.jam_mulai, r.jam_selesai),
            sort_key=lambda r: r.jam_mulai.isoformat(),
        ),
        Column(
            translate("Aktivitas", "Durasi"),
            lambda r: teks_durasi(r.menit),
            align=ALIGN_RIGHT,
            sort_key=lambda r: r.menit,
        ),
        Column(translate("Aktivitas", "RHK"), teks_rujukan, tooltip=True, elastic=True),
        Column(translate("Aktivitas", "Uraian"), lambda r: r.uraian, tooltip=True, elastic=True),
        Column(
            translate("Aktivitas", "Bukti"),
            teks_bukti,
            tooltip=lambda r: r.bukti_url or "",
            elastic=True,
        ),
        Column(translate("Aktivitas", "Status"), teks_status, tooltip=tooltip_status, elastic=True),
    )


class AktivitasModel(RowTableModel[AktivitasRow]):
    """Entries under the declared columns (with a Pegawai column on the atasan's page)."""

    def __init__(self, dengan_pegawai: bool, parent: QObject | None = None) -> None:
        super().__init__(kolom_aktivitas(dengan_pegawai), parent)
        self.kolom_tanggal = 1 if dengan_pegawai else KOLOM_TANGGAL_TANPA_PEGAWAI

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid():
            return self.row_texts(index.row())[index.column()]
        return super().data(index, role)


class AktivitasProxy(SaringProxy[AktivitasRow]):
    """Filters by words and a condition; with `kelompokkan`, groups the rows by day as the
    table shows them: the date only on a day's first row (the full date stays in the tooltip
    and for screen readers) and every other day shaded, so a day reads as one block."""

    def __init__(
        self, model: AktivitasModel, kelompokkan: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(model, parent)
        self.aktivitas = model
        self.kelompokkan = kelompokkan
        self._kelompok: list[tuple[bool, bool]] | None = None  # (first of its day, shaded)
        for signal in (
            self.modelReset,
            self.layoutChanged,
            self.rowsInserted,
            self.rowsRemoved,
            self.dataChanged,
        ):
            signal.connect(self._lupakan_kelompok)

    def _lupakan_kelompok(self, *_args: object) -> None:
        self._kelompok = None

    def _kelompok_baris(self, row: int) -> tuple[bool, bool]:
        if self._kelompok is None:
            kelompok: list[tuple[bool, bool]] = []
            sebelumnya: date | None = None
            shaded = True
            for r in self.rows_shown():
                pertama = r.tanggal != sebelumnya
                shaded = not shaded if pertama else shaded
                kelompok.append((pertama, shaded))
                sebelumnya = r.tanggal
            self._kelompok = kelompok
        return self._kelompok[row] if row < len(self._kelompok) else (True, False)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not self.kelompokkan or not index.isValid():
            return super().data(index, role)
        kolom_tanggal = index.column() == self.aktivitas.kolom_tanggal
        if role == Qt.ItemDataRole.DisplayRole and kolom_tanggal:
            return super().data(index, role) if self._kelompok_baris(index.row())[0] else ""
        if role == Qt.ItemDataRole.ToolTipRole and kolom_tanggal:
            return self._tooltip_hari(index)
        if role == Qt.ItemDataRole.FontRole and kolom_tanggal:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self._kelompok_baris(index.row())[1]:
            return QGuiApplication.palette().alternateBase()
        return super().data(index, role)

    def _tooltip_hari(self, index: QModelIndex | QPersistentModelIndex) -> str:
        tanggal = self.aktivitas.row_at(self.mapToSource(index).row()).tanggal
        hari = [r for r in self.rows_shown() if r.tanggal == tanggal]
        return translate("Aktivitas", "{hari}: {jumlah} aktivitas, {jam}").format(
            hari=label_hari(tanggal),
            jumlah=len(hari),
            jam=teks_durasi(sum(r.menit for r in hari)),
        )


class PemilihBulan(QWidget):
    """The month shown: previous / month / year / next, and "Bulan ini"."""

    berubah = Signal()

    def __init__(self, hari_ini: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hari_ini = hari_ini
        self.sebelum_button = QPushButton("◀")
        self.sebelum_button.setAccessibleName(self.tr("Bulan sebelumnya"))
        self.sebelum_button.setToolTip(self.tr("Bulan sebelumnya (Ctrl+PgUp)"))
        self.sebelum_button.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.sesudah_button = QPushButton("▶")
        self.sesudah_button.setAccessibleName(self.tr("Bulan berikutnya"))
        self.sesudah_button.setToolTip(self.tr("Bulan berikutnya (Ctrl+PgDown)"))
        self.sesudah_button.setShortcut(QKeySequence("Ctrl+PgDown"))
        for button in (self.sebelum_button, self.sesudah_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") + 24)
        self.bulan_combo = QComboBox()
        self.bulan_combo.setAccessibleName(self.tr("Bulan"))
        self.bulan_combo.addItems(list(NAMA_BULAN))
        self.tahun_spin = QSpinBox()
        self.tahun_spin.setAccessibleName(self.tr("Tahun"))
        self.tahun_spin.setRange(2000, 2100)
        self.ini_button = QPushButton(self.tr("Bulan &ini"))
        label = QLabel(self.tr("B&ulan:"))
        label.setBuddy(self.bulan_combo)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(label)
        layout.addWidget(self.sebelum_button)
        layout.addWidget(self.bulan_combo)
        layout.addWidget(self.tahun_spin)
        layout.addWidget(self.sesudah_button)
        layout.addWidget(self.ini_button)
        self._diam = False
        self.atur(hari_ini.year, hari_ini.month)
        self.bulan_combo.currentIndexChanged.connect(self._changed)
        self.tahun_spin.valueChanged.connect(self._changed)
        self.sebelum_button.clicked.connect(lambda: self.geser(-1))
        self.sesudah_button.clicked.connect(lambda: self.geser(1))
        self.ini_button.clicked.connect(lambda: self.atur(self.hari_ini.year, self.hari_ini.month))

    def tahun(self) -> int:
        return self.tahun_spin.value()

    def bulan(self) -> int:
        return self.bulan_combo.currentIndex() + 1

    def atur(self, tahun: int, bulan: int) -> None:
        """Show this month; emits `berubah` once if it is another month."""
        if (tahun, bulan) == (self.tahun(), self.bulan()):
            return
        self._diam = True
        try:
            self.tahun_spin.setValue(tahun)
            self.bulan_combo.setCurrentIndex(bulan - 1)
        finally:
            self._diam = False
        self.berubah.emit()

    def geser(self, langkah: int) -> None:
        indeks = self.tahun() * 12 + self.bulan() - 1 + langkah
        self.atur(indeks // 12, indeks % 12 + 1)

    def _changed(self, *_args: object) -> None:
        if not self._diam:
            self.berubah.emit()
