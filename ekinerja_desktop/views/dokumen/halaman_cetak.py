"""The Cetak page: pick an SKP and a document (and a period), preview, save or print; documents
of a whole unit in one batch; the Matriks Peran Hasil of a unit or team."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import JenisSkp, format_tanggal
from ekinerja_desktop.services.dokumen import SkpPilihan, teks_nip
from ekinerja_desktop.services.dokumen_layanan import (
    JenisDokumen,
    LayananDokumen,
    target_mph_unit,
)
from ekinerja_desktop.services.dokumen_mph import MphPilihan
from ekinerja_desktop.services.uow import Aktor, ChangeSet, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page
from ekinerja_desktop.views.common.table_model import (
    ALIGN_RIGHT,
    ID_ROLE,
    SORT_ROLE,
    Column,
    RowTableModel,
    translate,
)
from ekinerja_desktop.views.dokumen import actions

if TYPE_CHECKING:  # QtPdf loads with the first preview
    from ekinerja_desktop.views.dokumen.pratinjau import PratinjauDokumen

WATCHED = frozenset({"skp", "periode_penilaian", "pegawai", "unor", "tim_kerja", "penilaian"})


def _periode(r: SkpPilihan) -> str:
    return f"{format_tanggal(r.periode_awal)} – {format_tanggal(r.periode_akhir)}"


def kolom_skp() -> tuple[Column[SkpPilihan], ...]:
    return (
        Column(translate("CetakPage", "Pegawai"), lambda r: r.pegawai_nama, tooltip=True),
        Column(translate("CetakPage", "NIP"), lambda r: teks_nip(r.nip)),
        Column(translate("CetakPage", "Jabatan"), lambda r: r.jabatan, tooltip=True),
        Column(translate("CetakPage", "Tahun"), lambda r: r.tahun, ALIGN_RIGHT),
        Column(translate("CetakPage", "Periode SKP"), _periode),
        Column(translate("CetakPage", "Format"), lambda r: r.jenis),
        Column(translate("CetakPage", "Status"), lambda r: r.status),
    )


class CetakPage(Page):
    def __init__(
        self,
        uow: UnitOfWork,
        bridge: ChangeBridge,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_cetak")
        self.uow = uow
        self.layanan = LayananDokumen(uow)
        self.settings = settings
        self.aktor: Aktor | None = None
        self.pratinjau: PratinjauDokumen | None = None
        self.tanya: actions.TanyaOpsi = actions.tanya_dengan_dialog  # tests answer themselves
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        bridge.sig_changes_applied.connect(self._on_changes)
        self._bangun()

    # --- building -----------------------------------------------------------------------------

    def _bangun(self) -> None:
        judul = QLabel(self.title())
        font = judul.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        judul.setFont(font)
        sub = QLabel(
            self.tr(
                "Pilih SKP dan dokumennya. Dokumen tampil lebih dulu sebagai pratinjau; dari "
                "sana dapat disimpan sebagai PDF atau dicetak."
            )
        )
        sub.setWordWrap(True)
        self.cari = QLineEdit()
        self.cari.setPlaceholderText(self.tr("Cari nama, NIP, jabatan, tahun…"))
        self.cari.setAccessibleName(self.tr("Cari SKP"))
        self.cari.setClearButtonEnabled(True)
        self.model = RowTableModel[SkpPilihan](kolom_skp(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.cari.textChanged.connect(self.proxy.setFilterFixedString)
        self.tabel = QTableView()
        self.tabel.setObjectName("tabel_skp_cetak")
        self.tabel.setAccessibleName(self.tr("Daftar SKP yang dapat dicetak"))
        self.tabel.setModel(self.proxy)
        self.tabel.setSortingEnabled(True)
        # The service's order (newest year first, then by name) until a header is clicked:
        # sorting 5,000 rows through the proxy at every refresh cost half a second.
        self.tabel.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        # Column widths from the first rows only: measuring every row of an admin's 5,000 was
        # the other half second.
        self.tabel.horizontalHeader().setResizeContentsPrecision(200)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.verticalHeader().hide()
        self.tabel.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tabel.horizontalHeader().setStretchLastSection(True)
        self.tabel.selectionModel().selectionChanged.connect(self._skp_dipilih)
        self.tabel.doubleClicked.connect(self.pratinjau_skp)

        self.jenis = QComboBox()
        self.jenis.setAccessibleName(self.tr("Jenis dokumen"))
        self.periode = QComboBox()
        self.periode.setAccessibleName(self.tr("Periode penilaian"))
        self.tombol_pratinjau = QPushButton(self.tr("&Pratinjau…"))
        self.tombol_pratinjau.setToolTip(self.tr("Pratinjau dokumen terpilih (Ctrl+P)"))
        self.tombol_pratinjau.clicked.connect(self.pratinjau_skp)
        self.jenis.currentIndexChanged.connect(self._sesuaikan)
        label_jenis = QLabel(self.tr("&Dokumen:"))
        label_jenis.setBuddy(self.jenis)
        label_periode = QLabel(self.tr("P&eriode:"))
        label_periode.setBuddy(self.periode)
        baris = QHBoxLayout()
        baris.addWidget(label_jenis)
        baris.addWidget(self.jenis, 2)
        baris.addWidget(label_periode)
        baris.addWidget(self.periode, 2)
        baris.addWidget(self.tombol_pratinjau)

        self.kotak_unit = QGroupBox(self.tr("Dokumen unit kerja"))
        self.tombol_batch = QPushButton(self.tr("Cetak dokumen satu &unit…"))
        self.tombol_batch.setToolTip(
            self.tr("Misalnya semua Dokumen Evaluasi Kinerja satu unit untuk satu periode")
        )
        self.tombol_batch.clicked.connect(self.buka_batch)
        self.mph = QComboBox()
        self.mph.setAccessibleName(self.tr("Matriks Peran Hasil"))
        self.tombol_mph = QPushButton(self.tr("Pratinjau &MPH…"))
        self.tombol_mph.clicked.connect(self.pratinjau_mph)
        unit = QHBoxLayout(self.kotak_unit)
        unit.addWidget(self.tombol_batch)
        unit.addSpacing(16)
        unit.addWidget(QLabel(self.tr("Matriks Peran Hasil:")))
        unit.addWidget(self.mph, 1)
        unit.addWidget(self.tombol_mph)

        self.kosong = QLabel(self.tr("Belum ada SKP yang dapat Anda cetak."))
        self.kosong.setObjectName("empty_state")
        self.kosong.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(judul)
        layout.addWidget(sub)
        layout.addWidget(self.cari)
        layout.addWidget(self.tabel, 1)
        layout.addWidget(self.kosong)
        layout.addLayout(baris)
        layout.addWidget(self.kotak_unit)

        cetak = QAction(self.tr("Pratinjau"), self)
        cetak.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        cetak.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cetak.triggered.connect(self.pratinjau_skp)
        self.addAction(cetak)
        self._sesuaikan()

    # --- Page ---------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Cetak")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        self.cari.clear()
        self.refresh()

    def refresh(self) -> None:
        terpilih = self.skp_terpilih()
        rows = self.layanan.daftar_skp() if self.aktor is not None else []
        self.model.set_rows(rows)
        self.tabel.resizeColumnsToContents()
        for kolom in (0, 2):
            self.tabel.setColumnWidth(kolom, min(self.tabel.columnWidth(kolom), 260))
        self.kosong.setVisible(not rows)
        self.tabel.setVisible(bool(rows))
        self._pilih(terpilih.id if terpilih else self._skp_awal(rows))
        self._isi_unit()
        self.status_message.emit(self.tr("%n SKP dapat dicetak.", "", len(rows)) if rows else "")

    def focus_search(self) -> bool:
        self.cari.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.cari.selectAll()
        return True

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.kinds() & WATCHED:
            self._timer.start()

    # --- choosing -----------------------------------------------------------------------------

    def _skp_awal(self, rows: list[SkpPilihan]) -> str | None:
        """The acting user's own latest SKP first; else the first row shown."""
        milik = [r for r in rows if self.aktor and r.pegawai_id == self.aktor.pegawai_id]
        if milik:
            return milik[0].id  # the rows come latest year first
        if self.proxy.rowCount() == 0:
            return None
        return str(self.proxy.index(0, 0).data(ID_ROLE))

    def _pilih(self, skp_id: str | None) -> None:
        baris = self.model.row_of_id(skp_id) if skp_id else None
        if baris is None:
            self._skp_dipilih()
            return
        indeks = self.proxy.mapFromSource(self.model.index(baris, 0))
        self.tabel.selectRow(indeks.row())
        self.tabel.scrollTo(indeks)
        self._skp_dipilih()

    def pilih_skp(self, skp_id: str) -> None:
        """Select an SKP (another screen sends the user here for it)."""
        self.cari.clear()
        self._pilih(skp_id)

    def skp_terpilih(self) -> SkpPilihan | None:
        rows = self.tabel.selectionModel().selectedRows() if self.tabel.selectionModel() else []
        if not rows:
            return None
        skp_id = str(rows[0].data(ID_ROLE))
        baris = self.model.row_of_id(skp_id)
        return self.model.row_at(baris) if baris is not None else None

    def _skp_dipilih(self) -> None:
        skp = self.skp_terpilih()
        jenis_lama = self.jenis.currentData()
        periode_lama = self.periode.currentData()
        self.jenis.blockSignals(True)
        self.jenis.clear()
        self.periode.clear()
        if skp is not None:
            daftar = [JenisDokumen.RENCANA_SKP, JenisDokumen.LAMPIRAN_SKP]
            if skp.jenis is JenisSkp.JPT:
                daftar.append(JenisDokumen.MANUAL_IKI)
            periode = self.layanan.periode_skp(skp.id)
            if periode:
                daftar += [JenisDokumen.FORM_PENILAIAN, JenisDokumen.DOKUMEN_EVALUASI]
            for j in daftar:
                self.jenis.addItem(actions.label_jenis(j), j.value)
            for p in periode:
                teks = (
                    p.nama if p.dinilai else self.tr("{nama} · belum dinilai").format(nama=p.nama)
                )
                self.periode.addItem(teks, p.periode_penilaian_id)
            for combo, lama in ((self.jenis, jenis_lama), (self.periode, periode_lama)):
                i = combo.findData(lama)
                if i >= 0:
                    combo.setCurrentIndex(i)
        self.jenis.blockSignals(False)
        self._sesuaikan()

    def jenis_terpilih(self) -> JenisDokumen | None:
        data = self.jenis.currentData()
        return JenisDokumen(str(data)) if data else None

    def _sesuaikan(self) -> None:
        jenis = self.jenis_terpilih()
        self.periode.setEnabled(jenis is not None and jenis.per_periode)
        self.tombol_pratinjau.setEnabled(jenis is not None)

    def _isi_unit(self) -> None:
        cakupan = self.layanan.cakupan_batch() if self.aktor is not None else []
        self.tombol_batch.setVisible(bool(cakupan))
        self.mph.clear()
        tahun = self._tahun()
        pilihan = self.layanan.daftar_mph(tahun) if self.aktor is not None else []
        for m in pilihan:
            self.mph.addItem(f"{m.nama} · {m.tahun}", m)
        self.tombol_mph.setEnabled(bool(pilihan))
        self.mph.setEnabled(bool(pilihan))
        self.kotak_unit.setVisible(bool(cakupan) or bool(pilihan))

    def _tahun(self) -> int:
        rows = self.model.rows()
        return max((r.tahun for r in rows), default=date.today().year)

    # --- actions ------------------------------------------------------------------------------

    def pratinjau_skp(self) -> None:
        skp = self.skp_terpilih()
        jenis = self.jenis_terpilih()
        if skp is None or jenis is None:
            return
        target = str(self.periode.currentData()) if jenis.per_periode else skp.id
        if jenis.per_periode and not self.periode.currentData():
            return
        self._tampilkan(jenis, target)

    def _tampilkan(self, jenis: JenisDokumen, target: str) -> None:
        self.pratinjau = actions.cetak_dokumen(
            self, self.uow, jenis, target, tanya=self.tanya, settings=self.settings
        )

    def pratinjau_mph(self) -> None:
        pilihan = self.mph.currentData()
        if not isinstance(pilihan, MphPilihan):
            return
        if pilihan.jenis == "tim":
            jenis, target = JenisDokumen.MPH_TIM, pilihan.id
        else:
            jenis, target = JenisDokumen.MPH_UNIT, target_mph_unit(pilihan.id, pilihan.tahun)
        self._tampilkan(jenis, target)

    def buka_batch(self) -> None:
        actions.buka_batch(self, self.uow, settings=self.settings)
