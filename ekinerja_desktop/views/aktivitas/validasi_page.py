"""The "Validasi Aktivitas" page (S004: "Pilih Bawahan", "Validasi", "Validasi Semua"): the
atasan's view of the entries of the pegawai whose SKP they evaluate, of one month, filtered by
pegawai. Validasi acts on the selected rows (Space or Enter in the table), Validasi Semua on
every row shown, in one transaction; Batal Validasi unlocks an entry for its owner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import DomainError, format_jumlah_jam
from ekinerja_desktop.services.aktivitas import LayananAktivitas
from ekinerja_desktop.services.queries_aktivitas import AktivitasRow, BawahanAktivitasRow
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.aktivitas.common import (
    AktivitasModel,
    AktivitasProxy,
    PemilihBulan,
    label_bulan,
)
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.table_model import ID_ROLE
from ekinerja_desktop.views.rekap.common import (
    HalamanPenilaian,
    PenyesuaiKolom,
    PesanLabel,
    siapkan_tabel,
)

WATCHED = frozenset({"aktivitas_harian", "skp", "rhk", "rencana_aksi", "pegawai"})
KOLOM_ELASTIS = (0, 4, 5, 6, 7)
KUNCI_VALIDASI = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ValidasiAktivitasPage(HalamanPenilaian):
    WATCHED = WATCHED

    def __init__(self, uow: UnitOfWork, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(uow, bridge, parent)
        self.setObjectName("page_validasi_aktivitas")
        self.layanan = LayananAktivitas(uow)
        self.bawahan: list[BawahanAktivitasRow] = []
        self.konfirmasi: QMessageBox | None = None

        self.pegawai_combo = QComboBox()
        self.pegawai_combo.setObjectName("pilih_pegawai")
        self.pegawai_combo.setAccessibleName(self.tr("Pilih pegawai"))
        self.pegawai_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pegawai_combo.currentIndexChanged.connect(lambda _i: self.muat(autosize=True))
        pegawai_label = QLabel(self.tr("&Pegawai:"))
        pegawai_label.setBuddy(self.pegawai_combo)
        self.semua_check = QCheckBox(self.tr("Tampilkan yang sudah &divalidasi"))
        self.semua_check.toggled.connect(lambda _on: self.muat())
        self.pemilih = PemilihBulan(self.layanan.hari_ini())
        self.pemilih.berubah.connect(lambda: self.muat(autosize=True))
        self.cari_edit = QLineEdit()
        self.cari_edit.setPlaceholderText(self.tr("Cari nama, uraian, RHK… (Ctrl+F)"))
        self.cari_edit.setAccessibleName(self.tr("Cari aktivitas bawahan"))
        self.cari_edit.setClearButtonEnabled(True)
        self.pesan = PesanLabel()
        self.model = AktivitasModel(dengan_pegawai=True, parent=self)
        self.proxy = AktivitasProxy(self.model, kelompokkan=False, parent=self)
        self.cari_edit.textChanged.connect(self._saring)
        self.table = QTableView()
        siapkan_tabel(self.table, "tabel_validasi_aktivitas")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAccessibleName(
            self.tr("Aktivitas bawahan; Spasi atau Enter memvalidasi baris terpilih")
        )
        self.table.setModel(self.proxy)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.kolom = PenyesuaiKolom(self.table, KOLOM_ELASTIS)
        self.ringkasan = QLabel()
        self.ringkasan.setObjectName("ringkasan_validasi")
        self.ringkasan.setWordWrap(True)
        self.ringkasan.setAccessibleName(self.tr("Ringkasan"))

        self.validasi_button = QPushButton(self.tr("&Validasi"))
        self.validasi_button.setToolTip(self.tr("Validasi baris terpilih (Spasi atau Enter)"))
        self.validasi_button.clicked.connect(self.validasi)
        self.semua_button = QPushButton(self.tr("Validasi &Semua"))
        self.semua_button.setToolTip(self.tr("Validasi semua aktivitas yang ditampilkan"))
        self.semua_button.clicked.connect(self.validasi_semua)
        self.batal_button = QPushButton(self.tr("&Batal Validasi"))
        self.batal_button.setToolTip(
            self.tr("Batalkan validasi agar pegawai dapat memperbaiki aktivitasnya")
        )
        self.batal_button.clicked.connect(self.batal_validasi)
        self.bukti_button = QPushButton(self.tr("Buka b&ukti"))
        self.bukti_button.clicked.connect(self.buka_bukti)
        cari = QAction(self)
        cari.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        cari.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cari.triggered.connect(self.focus_search)
        self.addAction(cari)

        baris1 = QHBoxLayout()
        baris1.addWidget(pegawai_label)
        baris1.addWidget(self.pegawai_combo, 1)
        baris1.addWidget(self.semua_check)
        baris2 = QHBoxLayout()
        baris2.addWidget(self.pemilih)
        baris2.addStretch(1)
        baris2.addWidget(self.cari_edit, 1)
        bawah = QHBoxLayout()
        for button in (self.validasi_button, self.semua_button, self.batal_button):
            bawah.addWidget(button)
        bawah.addStretch(1)
        bawah.addWidget(self.bukti_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.judul_halaman())
        layout.addLayout(baris1)
        layout.addLayout(baris2)
        layout.addWidget(self.pesan)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.ringkasan)
        layout.addLayout(bawah)
        self._update_buttons()

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Validasi Aktivitas")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_DialogYesButton)

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        self.pesan.kosongkan()
        self.refresh(autosize=True)

    def refresh(self, autosize: bool = False) -> None:
        self.tersedia = self.aktor is not None and self.layanan.bisa_memvalidasi(
            self.aktor.pegawai_id
        )
        self.pemilih.hari_ini = self.layanan.hari_ini()
        self.bawahan = self.layanan.bawahan(self.aktor.pegawai_id) if self.aktor else []
        lama = self.pegawai_id()
        blocked = self.pegawai_combo.blockSignals(True)
        self.pegawai_combo.clear()
        self.pegawai_combo.addItem(
            self.tr("Semua bawahan ({n} menunggu)").format(
                n=sum(b.belum_divalidasi for b in self.bawahan)
            ),
            None,
        )
        for b in self.bawahan:
            self.pegawai_combo.addItem(
                self.tr("{nama} ({n} menunggu)").format(nama=b.nama, n=b.belum_divalidasi), b.id
            )
        self.pegawai_combo.setCurrentIndex(max(0, self.pegawai_combo.findData(lama)))
        self.pegawai_combo.blockSignals(blocked)
        self.muat(autosize)

    def focus_search(self) -> bool:
        self.cari_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.cari_edit.selectAll()
        return True

    def pegawai_id(self) -> str | None:
        value = self.pegawai_combo.currentData()
        return str(value) if value else None

    def muat(self, autosize: bool = False) -> None:
        baris = self.table.currentIndex().row()
        rows: list[AktivitasRow] = []
        if self.aktor is not None:
            rows = self.layanan.daftar_validasi(
                self.aktor.pegawai_id,
                self.pemilih.tahun(),
                self.pemilih.bulan(),
                self.pegawai_id(),
                self.semua_check.isChecked(),
            )
        self.model.set_rows(rows)
        if autosize:
            self.kolom.reset()
        if self.proxy.rowCount():  # the same place: validating row by row goes down the list
            self.table.setCurrentIndex(
                self.proxy.index(min(max(baris, 0), self.proxy.rowCount() - 1), 0)
            )
        self._ringkas()
        self._update_buttons()

    def _saring(self, teks: str) -> None:
        self.proxy.set_text(teks)
        self._ringkas()
        self._update_buttons()

    def _ringkas(self) -> None:
        shown = self.proxy.rows_shown()
        belum = [r for r in shown if not r.divalidasi]
        bulan = label_bulan(self.pemilih.tahun(), self.pemilih.bulan())
        teks = self.tr("{bulan}: {n} aktivitas menunggu validasi ({jam} jam).").format(
            bulan=bulan, n=len(belum), jam=format_jumlah_jam(sum(r.menit for r in belum))
        )
        pegawai_id = self.pegawai_id()
        semua = sum(b.belum_divalidasi for b in self.bawahan if pegawai_id in (None, b.id))
        bulan_ini = sum(1 for r in self.model.rows() if not r.divalidasi)
        if semua > bulan_ini:
            teks += " " + self.tr("Masih ada {n} aktivitas menunggu di bulan lain.").format(
                n=semua - bulan_ini
            )
        self.ringkasan.setText(teks)

    # --- the selection ------------------------------------------------------------------------

    def terpilih(self) -> list[AktivitasRow]:
        """The selected rows, in table order (the current row when nothing is selected)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self._row(self.proxy.index(r, 0).data(ID_ROLE)) for r in rows]

    def _row(self, aktivitas_id: object) -> AktivitasRow:
        row = self.model.row_of_id(str(aktivitas_id))
        assert row is not None
        return self.model.row_at(row)

    def _update_buttons(self) -> None:
        terpilih = self.terpilih()
        shown = self.proxy.rows_shown()
        self.validasi_button.setEnabled(any(not r.divalidasi for r in terpilih))
        self.semua_button.setEnabled(any(not r.divalidasi for r in shown))
        self.batal_button.setEnabled(len(terpilih) == 1 and terpilih[0].divalidasi)
        self.bukti_button.setEnabled(len(terpilih) == 1 and bool(terpilih[0].bukti_url))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            polos = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if polos and event.key() in KUNCI_VALIDASI:
                self.validasi()
                return True
        return super().eventFilter(watched, event)

    # --- actions ------------------------------------------------------------------------------

    def validasi(self) -> None:
        """Validate the selected rows that wait (one unit of work for several)."""
        ids = [r.id for r in self.terpilih() if not r.divalidasi]
        if not ids:
            return

        def aksi() -> None:
            if len(ids) == 1:
                self.layanan.validasi(ids[0])
            else:
                self.layanan.validasi_semua(ids)

        self._jalankan(aksi, self.tr("{n} aktivitas divalidasi.").format(n=len(ids)))

    def validasi_semua(self) -> None:
        ids = [r.id for r in self.proxy.rows_shown() if not r.divalidasi]
        if not ids:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Validasi Semua"),
            self.tr("Validasi {n} aktivitas yang ditampilkan?").format(n=len(ids)),
            parent=self,
        )
        ya = box.addButton(self.tr("Validasi Semua"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ya)

        def clicked(button: QAbstractButton) -> None:
            if button is ya:
                self._jalankan(
                    lambda: self.layanan.validasi_semua(ids),
                    self.tr("{n} aktivitas divalidasi.").format(n=len(ids)),
                )

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.konfirmasi = box
        box.open()

    def batal_validasi(self) -> None:
        terpilih = self.terpilih()
        if len(terpilih) == 1 and terpilih[0].divalidasi:
            aktivitas_id = terpilih[0].id
            self._jalankan(
                lambda: self.layanan.batal_validasi(aktivitas_id),
                self.tr("Validasi dibatalkan; pegawai dapat memperbaiki aktivitasnya."),
            )

    def buka_bukti(self) -> None:
        terpilih = self.terpilih()
        if len(terpilih) == 1 and terpilih[0].bukti_url:
            QDesktopServices.openUrl(QUrl(terpilih[0].bukti_url))

    def _jalankan(self, aksi: Callable[[], object], berhasil: str) -> None:
        try:
            aksi()
        except DomainError as error:
            self.pesan.tampilkan(str(error), "error")
        else:
            self.pesan.tampilkan(berhasil, "info")
        self.refresh()
