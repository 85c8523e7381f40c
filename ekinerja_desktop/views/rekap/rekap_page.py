"""The Rekap Penilaian page: subordinates' ratings and predikat of a period (S000 3.2.2), sortable,
filterable (the Buleleng review team filters the Sangat Baik, S002), exported to .xlsx as shown."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import PREDIKAT_URUTAN, format_tanggal
from ekinerja_desktop.services.queries_rekap import (
    PilihanRekap,
    RekapData,
    RekapRow,
    muat_rekap,
    pilihan_rekap,
)
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.rekap.common import (
    HalamanPenilaian,
    PemilihCakupanPeriode,
    PenyesuaiKolom,
    PesanLabel,
    label_cakupan,
    label_periode,
    siapkan_tabel,
)
from ekinerja_desktop.views.rekap.rekap_model import (
    BELUM,
    KOLOM_ELASTIS,
    RekapModel,
    RekapProxy,
)

WATCHED = frozenset(
    {"penilaian", "periode_penilaian", "skp", "pegawai", "unor", "periode", "keberatan"}
)


class RekapPage(HalamanPenilaian):
    WATCHED = WATCHED

    def __init__(self, uow: UnitOfWork, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(uow, bridge, parent)
        self.setObjectName("page_rekap")
        self.pilihan = PilihanRekap((), (), None)
        self.data: RekapData | None = None

        self.pemilih = PemilihCakupanPeriode()
        self.pemilih.berubah.connect(lambda: self.muat_rekap(autosize=True))

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Nama, NIP, jabatan… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Cari pegawai"))
        search_label = QLabel(self.tr("&Cari:"))
        search_label.setBuddy(self.search)
        self.predikat_combo = QComboBox()
        self.predikat_combo.setAccessibleName(self.tr("Saring menurut predikat"))
        self.predikat_combo.addItem(self.tr("Semua"), None)
        for p in reversed(PREDIKAT_URUTAN):
            self.predikat_combo.addItem(p.label, p.value)
        self.predikat_combo.addItem(self.tr("Belum ada predikat"), BELUM)
        predikat_label = QLabel(self.tr("P&redikat:"))
        predikat_label.setBuddy(self.predikat_combo)
        self.count_label = QLabel()
        self.count_label.setObjectName("rekap_jumlah")
        self.count_label.setAccessibleName(self.tr("Jumlah pegawai dinilai"))
        self.export_button = QPushButton(self.tr("&Ekspor ke Excel…"))
        self.export_button.setToolTip(
            self.tr("Simpan baris yang tampil (dengan urutan dan saringan ini) sebagai .xlsx")
        )
        self.export_button.clicked.connect(self.ekspor)

        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addSpacing(8)
        bar.addWidget(predikat_label)
        bar.addWidget(self.predikat_combo)
        bar.addSpacing(8)
        bar.addWidget(self.count_label)
        bar.addSpacing(8)
        bar.addWidget(self.export_button)

        self.model = RekapModel(self)
        self.proxy = RekapProxy(self.model, self)
        self.table = QTableView()
        siapkan_tabel(self.table, "tabel_rekap")
        self.table.setAccessibleName(self.tr("Rekap penilaian bawahan"))
        self.table.setModel(self.proxy)
        self.kolom = PenyesuaiKolom(self.table, KOLOM_ELASTIS)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.pesan = PesanLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.judul_halaman())
        layout.addWidget(self.pemilih)
        layout.addLayout(bar)
        layout.addWidget(self.pesan)
        layout.addWidget(self.stack, 1)

        self.search.textChanged.connect(self.proxy.set_text)
        self.predikat_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_predikat(self.predikat_combo.currentData())
        )
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._update_state)
        self.proxy.layoutChanged.connect(self._update_state)
        find = QAction(self.tr("Cari"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        self._update_state()

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Rekap Penilaian")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogListView)

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        self.search.clear()
        self.predikat_combo.setCurrentIndex(0)
        self.pilihan = PilihanRekap((), (), None)
        self.refresh(autosize=True)

    def refresh(self, autosize: bool = False) -> None:
        if self.aktor is not None:
            with self.uow.read() as session:
                self.pilihan = pilihan_rekap(
                    session, self.aktor.pegawai_id, self.aktor.is_admin, self.uow.today()
                )
        p = self.pilihan
        self.tersedia = self.aktor is not None and bool(self.pilihan.cakupan)
        self.pemilih.isi(p.cakupan, p.periode, p.periode_awal, self.aktor)
        self.muat_rekap(autosize)

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    # --- the rows ---------------------------------------------------------------------------

    def muat_rekap(self, autosize: bool = False) -> None:
        cakupan, periode_id = self.pemilih.cakupan(), self.pemilih.periode_id()
        if self.aktor is None or cakupan is None or periode_id is None:
            self.data = None
            self.model.set_rows(())
            return
        with self.uow.read() as session:
            self.data = muat_rekap(session, cakupan, periode_id)
        self.model.set_rows(self.data.rows)
        if autosize:
            self.kolom.reset()

    def _update_state(self) -> None:
        rows = self.model.rows()
        dinilai = sum(1 for r in rows if r.predikat is not None)
        teks = self.tr("{dinilai} dari {n} pegawai sudah dinilai").format(
            dinilai=dinilai, n=len(rows)
        )
        if self.proxy.filtered:
            teks += " · " + self.tr("{shown} ditampilkan").format(shown=self.proxy.rowCount())
        self.count_label.setText(teks)
        self.export_button.setEnabled(self.proxy.rowCount() > 0)
        if self.proxy.rowCount():
            self.stack.setCurrentIndex(0)
            return
        if rows:
            self.empty_label.setText(self.tr("Tidak ada pegawai yang cocok dengan saringan ini."))
        elif self.aktor is not None and not self.pilihan.cakupan:
            self.empty_label.setText(
                self.tr(
                    "Rekap penilaian tersedia bagi pejabat penilai kinerja, pimpinan unit kerja "
                    "dan admin instansi."
                )
            )
        else:
            self.empty_label.setText(self.tr("Belum ada pegawai pada cakupan dan periode ini."))
        self.stack.setCurrentIndex(1)

    # --- export -----------------------------------------------------------------------------

    def nama_berkas_usulan(self) -> str:
        if self.data is None:
            return "rekap-penilaian.xlsx"
        p = self.data.periode
        teks = f"rekap-penilaian-{self.data.cakupan.nama}-{p.nama}-{p.tahun}"
        return re.sub(r"[^\w-]+", "-", teks).strip("-").lower() + ".xlsx"

    def ekspor(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor rekap ke Excel"),
            str(Path.home() / self.nama_berkas_usulan()),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )
        if path:
            self.ekspor_ke(Path(path))

    def ekspor_ke(self, path: Path) -> Path | None:
        """Write the rows as the table shows them (sorted and filtered) to `path`."""
        from ekinerja_desktop.reports.excel.rekap import KolomExcel, tulis_tabel  # openpyxl

        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        # The same columns as the screen; a header on two lines is one line in Excel.
        kolom = [
            KolomExcel[RekapRow](c.header.replace("\n", " "), c.value) for c in self.model.columns
        ]
        kolom.append(KolomExcel[RekapRow](self.tr("Tanggal dinilai"), lambda r: r.dinilai_pada))
        try:
            tulis_tabel(path, kolom, self.proxy.rows_shown(), judul=self._judul_ekspor())
        except OSError as error:
            self.pesan.tampilkan(
                self.tr("Rekap tidak dapat disimpan ke {path}: {error}").format(
                    path=path, error=error.strerror or error
                ),
                "error",
            )
            return None
        self.pesan.tampilkan(self.tr("Rekap disimpan ke {path}.").format(path=path), "info")
        self.status_message.emit(self.tr("Rekap disimpan ke {path}.").format(path=path))
        return path

    def _judul_ekspor(self) -> list[str]:
        if self.data is None:
            return []
        p = self.data.periode
        judul = [
            self.tr("Rekap Penilaian Bawahan"),
            f"{label_cakupan(self.data.cakupan, self.aktor)} · {label_periode(p)} "
            f"({format_tanggal(p.awal)} – {format_tanggal(p.akhir)})",
        ]
        if self.proxy.filtered:
            judul.append(
                self.tr("Disaring: {shown} dari {n} pegawai").format(
                    shown=self.proxy.rowCount(), n=self.model.rowCount()
                )
            )
        return judul
