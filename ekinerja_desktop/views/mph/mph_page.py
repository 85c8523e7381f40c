"""The Matriks Peran Hasil page (S000 2.6.1): the unit's matrix for a pimpinan, each team's for
its ketua and anggota, with "Tambah RHK" from a cell, "Buat SKP", "Tambah Pegawai" and
"Sinkronisasi SKP Bawahan"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import Pendekatan
from ekinerja_desktop.services.mph import BarisMph, LayananMph, Mph, PilihanMph
from ekinerja_desktop.services.queries_tim import KandidatRow
from ekinerja_desktop.services.tim import LayananTim
from ekinerja_desktop.services.uow import Aktor, ChangeSet, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page
from ekinerja_desktop.views.mph.mph_grid import MphGridView
from ekinerja_desktop.views.mph.mph_model import BARIS_ROLE, MphFilterProxy, MphTableModel
from ekinerja_desktop.views.tim.common import PesanLabel
from ekinerja_desktop.views.tim.dialogs import (
    BuatSkpDialog,
    NilaiRhk,
    PilihanRhk,
    PilihPegawaiDialog,
    RhkPeranDialog,
)

# Changes to these records can change what the matrix shows.
WATCHED = frozenset({"skp", "rhk", "iki", "pegawai", "unor", "tim_kerja", "anggota_tim"})


def tombol(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAutoRaise(False)
    return button


class MphPage(Page):
    def __init__(self, uow: UnitOfWork, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_mph")
        self.uow = uow
        self.layanan = LayananMph(uow)
        self.layanan_tim = LayananTim(uow)
        self.aktor: Aktor | None = None
        self.mph: Mph | None = None
        self.dialog: QDialog | None = None  # the open dialog (tests drive it)
        self._stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # several commits in a row → one reload
        self._refresh_timer.timeout.connect(self.refresh)
        bridge.sig_changes_applied.connect(self._on_changes)

        self.heading = QLabel(self.title())
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setObjectName("subheading")
        self.subheading.setWordWrap(True)

        self.pilihan = QComboBox()
        self.pilihan.setObjectName("pilihan_mph")
        self.pilihan.setAccessibleName(self.tr("Matriks yang ditampilkan"))
        self.pilihan.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pilihan.currentIndexChanged.connect(lambda _i: self.refresh())
        pilihan_label = QLabel(self.tr("&Matriks:"))
        pilihan_label.setBuddy(self.pilihan)
        self.tahun = QSpinBox()
        self.tahun.setRange(2000, 2100)
        self.tahun.setValue(uow.today().year)
        self.tahun.setAccessibleName(self.tr("Tahun"))
        self.tahun.valueChanged.connect(lambda _v: self._muat_pilihan())
        tahun_label = QLabel(self.tr("&Tahun:"))
        tahun_label.setBuddy(self.tahun)

        self._build_actions()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari pegawai… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Cari pegawai di matriks"))
        self.tanpa_peran = QCheckBox(self.tr("Hanya tanpa &peran"))
        self.tanpa_peran.setAccessibleName(self.tr("Hanya pegawai tanpa peran"))
        self.ringkasan = QLabel()
        self.ringkasan.setObjectName("ringkasan_mph")
        self.ringkasan.setAccessibleName(self.tr("Ringkasan matriks"))

        self.model = MphTableModel(self)
        self.proxy = MphFilterProxy(self.model, self)
        self.grid = MphGridView(self.model, self.proxy)
        self.grid.setObjectName("grid_mph")
        self.grid.setAccessibleName(self.tr("Matriks peran hasil"))
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._menu)
        self.grid.activated.connect(self._activated)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.search.textChanged.connect(self._filter)
        self.tanpa_peran.toggled.connect(self._filter)
        self.pesan = PesanLabel()
        self.kosong = QLabel()
        self.kosong.setObjectName("empty_state")
        self.kosong.setWordWrap(True)
        self.kosong.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.kosong)
        self._layout(pilihan_label, tahun_label)
        self._show()

    # --- building -----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
            act = QAction(text, self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            return act

        self.act_sinkron = action(self.tr("&Sinkronisasi SKP Bawahan"), self.sinkronisasi)
        self.act_sinkron.setToolTip(
            self.tr("Muat ulang matriks dari SKP bawahan yang terbaru (F5)")
        )
        self.act_tambah_pegawai = action(
            self.tr("Tambah &Pegawai"), self.tambah_pegawai, "Ctrl+Shift+N"
        )
        self.act_tambah_rhk = action(self.tr("Tambah &RHK"), self.tambah_rhk, "Ctrl+R")
        self.act_buat_skp = action(self.tr("&Buat SKP"), self.buat_skp, "Ctrl+B")
        find = action(self.tr("Cari"), self.focus_search)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _layout(self, pilihan_label: QLabel, tahun_label: QLabel) -> None:
        atas = QHBoxLayout()
        atas.addWidget(pilihan_label)
        atas.addWidget(self.pilihan, 1)
        atas.addSpacing(8)
        atas.addWidget(tahun_label)
        atas.addWidget(self.tahun)
        aksi = QHBoxLayout()
        for act in (
            self.act_sinkron,
            self.act_tambah_pegawai,
            self.act_tambah_rhk,
            self.act_buat_skp,
        ):
            aksi.addWidget(tombol(act))
        aksi.addSpacing(8)
        aksi.addWidget(self.search, 1)
        aksi.addWidget(self.tanpa_peran)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(atas)
        layout.addLayout(aksi)
        layout.addWidget(self.pesan)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.ringkasan)

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Matriks Peran Hasil")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogListView)

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        self.search.clear()
        self.tanpa_peran.setChecked(False)
        self.pesan.bersihkan()
        self._muat_pilihan()

    @property
    def tersedia(self) -> bool:
        """In the navigation when there is a matrix for the user: the unit's (a pimpinan with
        an SKP) or a team's (its ketua, anggota, or the JPT of its unit)."""
        return self.pilihan.count() > 0

    def refresh(self) -> None:
        self._stale = False
        self._refresh_timer.stop()
        pilihan = self.pilihan_aktif()
        self.mph = (
            self.layanan.muat(pilihan, self.tahun.value())
            if self.aktor is not None and pilihan is not None
            else None
        )
        self._show()

    def focus_search(self) -> bool:
        if not self.search.isVisible():
            return False
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    # --- choices --------------------------------------------------------------------------------

    def pilihan_aktif(self) -> PilihanMph | None:
        data = self.pilihan.currentData()
        return data if isinstance(data, PilihanMph) else None

    def pilih(self, kunci: str) -> bool:
        """Show the matrix with this key ("unit" or a tim kerja id)."""
        for i in range(self.pilihan.count()):
            data = self.pilihan.itemData(i)
            if isinstance(data, PilihanMph) and data.kunci == kunci:
                self.pilihan.setCurrentIndex(i)
                return True
        return False

    def _muat_pilihan(self) -> None:
        sebelumnya = self.pilihan_aktif()
        daftar = self.layanan.pilihan(self.tahun.value()) if self.aktor else []
        self.pilihan.blockSignals(True)
        self.pilihan.clear()
        for p in daftar:
            self.pilihan.addItem(p.judul, p)
        if sebelumnya is not None:
            index = next((i for i, p in enumerate(daftar) if p.kunci == sebelumnya.kunci), 0)
            self.pilihan.setCurrentIndex(index)
        self.pilihan.blockSignals(False)
        self.refresh()

    # --- showing ------------------------------------------------------------------------------

    def _show(self) -> None:
        current = self._sel_sekarang()
        self.model.set_mph(self.mph)
        self.grid.sesuaikan()
        mph = self.mph
        self.pilihan.setVisible(self.pilihan.count() > 0)
        if mph is None:
            self.subheading.setText("")
            self.kosong.setText(self._teks_kosong())
            self.stack.setCurrentIndex(1)
        else:
            self.subheading.setText(
                self.tr("{judul} · {nama}, {jabatan} · tahun {tahun}").format(
                    judul=mph.judul,
                    nama=mph.pemimpin_nama,
                    jabatan=mph.pemimpin_jabatan,
                    tahun=mph.tahun,
                )
            )
            self.stack.setCurrentIndex(0)
            if not mph.kolom and not self.pesan.kind:
                self.pesan.tampilkan(
                    self.tr(
                        "{nama} belum memiliki RHK untuk matriks ini; kolom peran akan muncul "
                        "setelah RHK ditambahkan pada SKP-nya."
                    ).format(nama=mph.pemimpin_nama)
                )
        if current is not None:
            self.pilih_sel(*current)
        self._update_summary()
        self._update_actions()

    def _teks_kosong(self) -> str:
        if self.aktor is None:
            return self.tr("Belum ada pengguna.")
        pilihan = self.pilihan_aktif()
        if pilihan is None:
            return self.tr(
                "Belum ada matriks untuk Anda tahun {tahun}. Matriks unit kerja tersedia bagi "
                "pimpinan yang sudah membuat SKP; matriks tim kerja bagi ketua dan anggota tim."
            ).format(tahun=self.tahun.value())
        return self.tr(
            "Ketua tim ini belum diatur. JPT mengaturnya di halaman Tim Kerja setelah "
            "“Generate SKP Organisasi”."
        )

    def _update_summary(self) -> None:
        baris = self.model.mph.baris if self.model.mph else ()
        tanpa = sum(1 for b in baris if b.tanpa_peran)
        text = self.tr("{n} pegawai · {ada} dengan peran · {tanpa} tanpa peran").format(
            n=len(baris), ada=len(baris) - tanpa, tanpa=tanpa
        )
        if self.proxy.filtered:
            text += self.tr(" · {shown} ditampilkan").format(shown=self.proxy.rowCount())
        text += self.tr("   (• mengintervensi langsung · ↳ melalui RHK lain, lihat tooltip)")
        self.ringkasan.setText(text if self.model.mph else "")

    def _filter(self) -> None:
        self.proxy.set_text(self.search.text())
        self.proxy.set_hanya_tanpa_peran(self.tanpa_peran.isChecked())
        self._update_summary()
        self._update_actions()

    # --- the current cell -----------------------------------------------------------------------

    def baris_sekarang(self) -> BarisMph | None:
        index = self.grid.currentIndex()
        if not index.isValid():
            return None
        baris = index.data(BARIS_ROLE)
        return baris if isinstance(baris, BarisMph) else None

    def _sel_sekarang(self) -> tuple[str, int] | None:
        baris = self.baris_sekarang()
        return (baris.id, self.grid.currentIndex().column()) if baris else None

    def pilih_sel(self, pegawai_id: str, column: int) -> bool:
        """Make the cell of this pegawai and column current (after a reload, from tests)."""
        row = self.model.row_of_id(pegawai_id)
        if row is None or column >= self.model.columnCount():
            return False
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if not index.isValid():
            return False
        self.grid.setCurrentIndex(index)
        self.grid.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        mph, baris = self.mph, self.baris_sekarang()
        ubah = mph is not None and mph.boleh_ubah
        column = self.grid.currentIndex().column()
        di_kolom = mph is not None and 0 <= column < len(mph.kolom)
        self.act_tambah_pegawai.setEnabled(ubah and mph is not None and bool(mph.kolom))
        self.act_tambah_rhk.setEnabled(
            ubah and di_kolom and baris is not None and bool(baris.skp_id)
        )
        self.act_buat_skp.setEnabled(
            ubah
            and mph is not None
            and mph.tim_id is None
            and baris is not None
            and not baris.skp_id
        )
        self.act_sinkron.setEnabled(self.aktor is not None)

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for act in (self.act_tambah_rhk, self.act_buat_skp, self.act_tambah_pegawai):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.act_sinkron)
        menu.popup(self.grid.viewport().mapToGlobal(pos))

    def _activated(self, _index: QModelIndex) -> None:
        if self.act_tambah_rhk.isEnabled():
            self.tambah_rhk()

    # --- actions ------------------------------------------------------------------------------

    def sinkronisasi(self) -> None:
        """Reload from the latest SKP of the subordinates on this computer (what sync brought)."""
        self.pesan.bersihkan()
        self.refresh()
        self.status_message.emit(self.tr("Matriks dimuat ulang dari SKP bawahan terbaru."))

    def _pilihan_rhk(self) -> list[PilihanRhk]:
        mph = self.mph
        if mph is None:
            return []
        return [PilihanRhk(g.rhk_id, f"RHK {g.nomor} · {g.teks}") for g in mph.grup]

    def tambah_rhk(self, pegawai: BarisMph | KandidatRow | None = None) -> None:
        """The "Tambah RHK" dialog for the current cell (or a pegawai just added)."""
        mph = self.mph
        terpilih: str | None = None
        if pegawai is None:
            pegawai = self.baris_sekarang()
            column = self.grid.currentIndex().column()
            if mph is not None and 0 <= column < len(mph.kolom):
                terpilih = mph.kolom[column].rhk_id
        if mph is None or pegawai is None:
            return
        pegawai_id, nama = pegawai.id, pegawai.nama

        def simpan(nilai: NilaiRhk) -> None:
            self.layanan.tambah_rhk(
                pegawai_id,
                nilai.rhk_diintervensi_id,
                nilai.teks,
                nilai.jenis,
                nilai.klasifikasi,
                nilai.indikator or None,
            )

        dialog = RhkPeranDialog(nama, self._pilihan_rhk(), terpilih, mph.tim_nama, simpan, self)
        dialog.accepted.connect(
            lambda: self._selesai(
                self.tr("RHK ditambahkan ke SKP {nama}.").format(nama=nama), pegawai_id
            )
        )
        self._buka(dialog)

    def buat_skp(self) -> None:
        baris, mph = self.baris_sekarang(), self.mph
        if baris is None or mph is None:
            return
        pegawai_id = baris.id

        def simpan(awal: date, akhir: date, pendekatan: Pendekatan) -> None:
            self.layanan.buat_skp_pegawai(pegawai_id, awal, akhir, pendekatan)

        dialog = BuatSkpDialog(baris.nama, mph.tahun, simpan, self)
        dialog.accepted.connect(
            lambda: self._selesai(
                self.tr("SKP Draft dibuat untuk {nama}.").format(nama=baris.nama), pegawai_id
            )
        )
        self._buka(dialog)

    def tambah_pegawai(self) -> None:
        """Team matrix: a new anggota. Unit matrix: a pegawai of any unit, given an RHK that
        intervenes this leader (that is what places them in the matrix)."""
        mph = self.mph
        if mph is None:
            return
        kandidat = [
            k
            for k in self.layanan_tim.cari_kandidat(mph.tahun)
            if k.id != mph.pemimpin_id and self.model.row_of_id(k.id) is None
        ]
        tim_id = mph.tim_id
        if tim_id is not None:

            def simpan_anggota(k: KandidatRow) -> None:
                self.layanan_tim.tambah_anggota(tim_id, k.id)

            dialog = PilihPegawaiDialog(
                self.tr("Tambah Anggota Tim"), kandidat, simpan_anggota, self
            )
            dialog.accepted.connect(
                lambda: self._selesai(self.tr("Anggota tim ditambahkan."), None)
            )
            self._buka(dialog)
            return
        dipilih: list[KandidatRow] = []
        dialog = PilihPegawaiDialog(
            self.tr("Tambah Pegawai ke Matriks"), kandidat, dipilih.append, self
        )
        dialog.ok.setText(self.tr("&Lanjut: Tambah RHK"))
        dialog.accepted.connect(lambda: self._lanjut_rhk(dipilih))
        self._buka(dialog)

    def _lanjut_rhk(self, dipilih: list[KandidatRow]) -> None:
        if dipilih:
            self.tambah_rhk(dipilih[-1])

    def _buka(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._tutup(dialog))
        dialog.open()

    def _tutup(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _selesai(self, pesan: str, pegawai_id: str | None) -> None:
        column = self.grid.currentIndex().column()
        self.refresh()
        self.pesan.tampilkan(pesan, "info")
        if pegawai_id is not None:
            self.pilih_sel(pegawai_id, max(0, column))

    # --- changes from anywhere --------------------------------------------------------------------

    def _on_changes(self, changes: ChangeSet) -> None:
        if not changes.kinds() & WATCHED:
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()
