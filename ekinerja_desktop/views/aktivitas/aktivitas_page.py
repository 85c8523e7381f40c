"""The "Aktivitas Harian" page (S004, SIPIJAR): the pegawai's entries of one month grouped by
day, with the month's recap (entries, hours, validated share) the TPP is paid on. Tambah /
Ubah open the form; Hapus asks first; every change can be undone (Ctrl+Z) and redone."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import DomainError, IsianAktivitas, format_rentang_jam, rekap_bulan
from ekinerja_desktop.domain.aktivitas import PESAN_SUDAH_DIVALIDASI
from ekinerja_desktop.services.aktivitas import LayananAktivitas
from ekinerja_desktop.services.queries_aktivitas import AktivitasRow
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.aktivitas.common import (
    AktivitasModel,
    AktivitasProxy,
    PemilihBulan,
    label_bulan,
    label_hari,
    teks_durasi,
    teks_rekap,
)
from ekinerja_desktop.views.aktivitas.dialog import AktivitasDialog
from ekinerja_desktop.views.aktivitas.perintah import (
    HapusAktivitas,
    PenyuntingAktivitas,
    PerintahAktivitas,
    TambahAktivitas,
    UbahAktivitas,
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
KOLOM_ELASTIS = (3, 4, 5, 6)
JAM_MULAI_AWAL = time(8, 0)


class AktivitasHarianPage(HalamanPenilaian):
    WATCHED = WATCHED

    def __init__(self, uow: UnitOfWork, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(uow, bridge, parent)
        self.setObjectName("page_aktivitas_harian")
        self.layanan = LayananAktivitas(uow)
        self.pesan = PesanLabel()
        self.penyunting = PenyuntingAktivitas(self.layanan, self)
        self.penyunting.gagal.connect(lambda teks: self.pesan.tampilkan(teks, "error"))
        self.penyunting.stack.indexChanged.connect(lambda _i: self.muat())
        self.dialog: AktivitasDialog | None = None
        self.konfirmasi: QMessageBox | None = None

        self.pemilih = PemilihBulan(self.layanan.hari_ini())
        self.pemilih.berubah.connect(lambda: self.muat(autosize=True))
        self.cari_edit = QLineEdit()
        self.cari_edit.setObjectName("cari_aktivitas")
        self.cari_edit.setPlaceholderText(self.tr("Cari uraian, RHK… (Ctrl+F)"))
        self.cari_edit.setAccessibleName(self.tr("Cari aktivitas"))
        self.cari_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Saring menurut status validasi"))
        self.status_combo.addItems(
            [self.tr("Semua status"), self.tr("Belum divalidasi"), self.tr("Divalidasi")]
        )
        self.model = AktivitasModel(dengan_pegawai=False, parent=self)
        self.proxy = AktivitasProxy(self.model, kelompokkan=True, parent=self)
        self.cari_edit.textChanged.connect(self.proxy.set_text)
        self.status_combo.currentIndexChanged.connect(self._saring_status)
        self.table = QTableView()
        siapkan_tabel(self.table, "tabel_aktivitas")
        self.table.setSortingEnabled(False)  # the day grouping is the order
        self.table.setAlternatingRowColors(False)  # days are shaded instead
        self.table.setAccessibleName(self.tr("Aktivitas harian pada bulan terpilih"))
        self.table.setModel(self.proxy)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.ubah())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.kolom = PenyesuaiKolom(self.table, KOLOM_ELASTIS)
        self.rekap_label = QLabel()
        self.rekap_label.setObjectName("rekap_aktivitas")
        self.rekap_label.setWordWrap(True)
        self.rekap_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rekap_label.setAccessibleName(self.tr("Rekap bulan ini"))

        self.tambah_button = QPushButton(self.tr("&Tambah Aktivitas…"))
        self.tambah_button.setToolTip(self.tr("Catat aktivitas baru (Insert)"))
        self.tambah_button.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.tambah_button.clicked.connect(self.tambah)
        self.ubah_button = QPushButton(self.tr("&Ubah…"))
        self.ubah_button.setToolTip(self.tr("Ubah aktivitas terpilih (Enter atau F2)"))
        self.ubah_button.clicked.connect(self.ubah)
        self.hapus_button = QPushButton(self.tr("&Hapus"))
        self.hapus_button.setToolTip(self.tr("Hapus aktivitas terpilih (Delete)"))
        self.hapus_button.clicked.connect(self.hapus)
        self.bukti_button = QPushButton(self.tr("Buka &bukti"))
        self.bukti_button.clicked.connect(self.buka_bukti)
        self.undo_action = self._aksi_stack(self.penyunting.stack.createUndoAction, True)
        self.redo_action = self._aksi_stack(self.penyunting.stack.createRedoAction, False)
        self.addAction(self._aksi(QKeySequence.StandardKey.Find, self.focus_search))

        atas = QHBoxLayout()
        atas.addWidget(self.pemilih)
        atas.addStretch(1)
        atas.addWidget(self.status_combo)
        atas.addWidget(self.cari_edit, 1)
        bawah = QHBoxLayout()
        for button in (self.tambah_button, self.ubah_button, self.hapus_button, self.bukti_button):
            bawah.addWidget(button)
        bawah.addStretch(1)
        for action in (self.undo_action, self.redo_action):
            tombol = QToolButton()
            tombol.setDefaultAction(action)
            tombol.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bawah.addWidget(tombol)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.judul_halaman())
        layout.addLayout(atas)
        layout.addWidget(self.pesan)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rekap_label)
        layout.addLayout(bawah)
        self._update_buttons()

    def _aksi(self, kunci: QKeySequence.StandardKey, fn: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(kunci))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: fn())
        return action

    def _aksi_stack(self, buat: Callable[[QObject, str], QAction], urungkan: bool) -> QAction:
        if urungkan:
            action = buat(self, self.tr("Urungkan"))
            action.setShortcuts(QKeySequence.StandardKey.Undo)
        else:
            action = buat(self, self.tr("Ulangi"))
            action.setShortcuts(QKeySequence.StandardKey.Redo)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Aktivitas Harian")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView)

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        self.penyunting.stack.clear()  # another user's changes are not theirs to undo
        self.pesan.kosongkan()
        self.refresh(autosize=True)

    def refresh(self, autosize: bool = False) -> None:
        self.tersedia = self.aktor is not None and self.layanan.bisa_mengisi(self.aktor.pegawai_id)
        self.pemilih.hari_ini = self.layanan.hari_ini()
        self.muat(autosize)

    def focus_search(self) -> bool:
        self.cari_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.cari_edit.selectAll()
        return True

    def muat(self, autosize: bool = False, pilih: str | None = None) -> None:
        terpilih = pilih or (r.id if (r := self.terpilih()) else None)
        tahun, bulan = self.pemilih.tahun(), self.pemilih.bulan()
        rows: list[AktivitasRow] = []
        if self.aktor is not None:
            rows = self.layanan.daftar_bulan(self.aktor.pegawai_id, tahun, bulan)
        self.model.set_rows(rows)
        self._rekap(rows, tahun, bulan)
        if autosize or terpilih is None:
            self.kolom.reset()
        if not self.pilih(terpilih or "") and self.proxy.rowCount():
            terakhir = self.proxy.index(self.proxy.rowCount() - 1, 0)  # the latest day's work
            self.table.setCurrentIndex(terakhir)
            self.table.scrollTo(terakhir)
        self._update_buttons()

    def _rekap(self, rows: list[AktivitasRow], tahun: int, bulan: int) -> None:
        rekap = rekap_bulan(rows, tahun, bulan)
        if not rekap.jumlah:
            self.rekap_label.setText(
                self.tr(
                    "Belum ada aktivitas pada {bulan}. Pilih Tambah Aktivitas (Insert) untuk "
                    "mencatat pekerjaan hari ini."
                ).format(bulan=label_bulan(tahun, bulan))
            )
            self.rekap_label.setToolTip("")
            return
        self.rekap_label.setText(teks_rekap(rekap))
        rhk = {r.rhk_id: r.rhk_teks for r in rows}
        self.rekap_label.setToolTip(
            "\n".join(
                self.tr("{rhk}: {jumlah} aktivitas, {jam} ({divalidasi} divalidasi)").format(
                    rhk=rhk.get(r.rhk_id) or self.tr("(tanpa RHK)"),
                    jumlah=r.jumlah,
                    jam=teks_durasi(r.menit),
                    divalidasi=teks_durasi(r.menit_divalidasi),
                )
                for r in rekap.per_rhk
            )
        )

    # --- the selected entry -------------------------------------------------------------------

    def terpilih(self) -> AktivitasRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_of_id(str(index.data(ID_ROLE)))
        return self.model.row_at(row) if row is not None else None

    def pilih(self, aktivitas_id: str) -> bool:
        row = self.model.row_of_id(aktivitas_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _saring_status(self, pilihan: int) -> None:
        syarat: dict[int, Callable[[AktivitasRow], bool]] = {
            1: lambda r: not r.divalidasi,
            2: lambda r: r.divalidasi,
        }
        self.proxy.set_syarat(syarat.get(pilihan))

    def _update_buttons(self) -> None:
        r = self.terpilih()
        bisa_ubah = r is not None and not r.divalidasi
        self.tambah_button.setEnabled(self.aktor is not None)
        self.ubah_button.setEnabled(bisa_ubah)
        self.hapus_button.setEnabled(bisa_ubah)
        self.bukti_button.setEnabled(r is not None and bool(r.bukti_url))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ):
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                    self.ubah()
                    return True
                if event.key() == Qt.Key.Key_Delete:
                    self.hapus()
                    return True
        return super().eventFilter(watched, event)

    # --- actions ------------------------------------------------------------------------------

    def tambah(self) -> None:
        if self.aktor is None:
            return
        isian = self._isian_baru()
        self._buka(
            self.tr("Tambah Aktivitas"),
            isian,
            lambda baru: self._jalankan(TambahAktivitas(self.layanan, baru), baru.tanggal),
        )

    def ubah(self) -> None:
        r = self.terpilih()
        if r is None:
            return
        if r.divalidasi:
            self.pesan.tampilkan(PESAN_SUDAH_DIVALIDASI, "info")
            return
        lama = _isian_dari(r)

        def simpan(baru: IsianAktivitas) -> None:
            if baru != lama:
                self._jalankan(UbahAktivitas(self.layanan, r.id, lama, baru), baru.tanggal)

        self._buka(self.tr("Ubah Aktivitas"), lama, simpan)

    def hapus(self) -> None:
        r = self.terpilih()
        if r is None:
            return
        if r.divalidasi:
            self.pesan.tampilkan(PESAN_SUDAH_DIVALIDASI, "info")
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Hapus Aktivitas"),
            self.tr("Hapus aktivitas {hari} pukul {jam}?\n\n{uraian}").format(
                hari=label_hari(r.tanggal),
                jam=format_rentang_jam(r.jam_mulai, r.jam_selesai),
                uraian=r.uraian,
            ),
            parent=self,
        )
        ya = box.addButton(self.tr("Hapus"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ya)

        def clicked(button: QAbstractButton) -> None:
            if button is ya:
                self._hapus(r.id)

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.konfirmasi = box
        box.open()

    def _hapus(self, aktivitas_id: str) -> None:
        try:
            self.penyunting.jalankan(HapusAktivitas(self.layanan, aktivitas_id))
        except DomainError as error:
            self.pesan.tampilkan(str(error), "error")
            return
        self.pesan.tampilkan(self.tr("Aktivitas dihapus. Urungkan dengan Ctrl+Z."), "info")

    def buka_bukti(self) -> None:
        r = self.terpilih()
        if r is not None and r.bukti_url:
            QDesktopServices.openUrl(QUrl(r.bukti_url))

    def _buka(
        self, judul: str, isian: IsianAktivitas, simpan: Callable[[IsianAktivitas], None]
    ) -> None:
        assert self.aktor is not None
        pegawai_id = self.aktor.pegawai_id
        self.dialog = AktivitasDialog(
            judul,
            isian,
            self.layanan.hari_ini(),
            lambda tanggal: self.layanan.pilihan(pegawai_id, tanggal),
            simpan,
            self,
        )
        self.dialog.open()

    def _jalankan(self, perintah: PerintahAktivitas, tanggal: date) -> None:
        """Run the change (a refusal propagates to the dialog) and show the entry."""
        self.penyunting.jalankan(perintah)
        self.pesan.tampilkan(self.tr("Aktivitas disimpan."), "info")
        if (tanggal.year, tanggal.month) != (self.pemilih.tahun(), self.pemilih.bulan()):
            self.pemilih.atur(tanggal.year, tanggal.month)
        self.muat(pilih=perintah.aktivitas_id)

    def _isian_baru(self) -> IsianAktivitas:
        """A new entry on the shown month's latest day up to today, starting when that day's
        last entry ended, on the RHK of the selected entry."""
        hari_ini = self.layanan.hari_ini()
        tahun, bulan = self.pemilih.tahun(), self.pemilih.bulan()
        akhir_bulan = date(tahun, bulan, calendar.monthrange(tahun, bulan)[1])
        tanggal = hari_ini if date(tahun, bulan, 1) > hari_ini else min(hari_ini, akhir_bulan)
        hari = [r for r in self.model.rows() if r.tanggal == tanggal]
        mulai = max((r.jam_selesai for r in hari), default=JAM_MULAI_AWAL)
        selesai = (datetime.combine(tanggal, mulai) + timedelta(hours=1)).time()
        if selesai <= mulai:
            selesai = time(23, 59)
        r = self.terpilih()
        return IsianAktivitas(tanggal, mulai, selesai, "", r.rhk_id if r else None)


def _isian_dari(r: AktivitasRow) -> IsianAktivitas:
    return IsianAktivitas(
        r.tanggal, r.jam_mulai, r.jam_selesai, r.uraian, r.rhk_id, r.rencana_aksi_id, r.bukti_url
    )
