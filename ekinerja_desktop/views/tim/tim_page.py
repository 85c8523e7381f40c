"""The Tim Kerja page (S000 2.3): a JPT creates teams, generates their SKP organisasi and sets
the ketua; the ketua adds and removes anggota and adds RHK to an anggota's SKP; everyone sees
the teams they are in, with the ketua's team RHK that anggota intervene."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.services.queries_tim import AnggotaRow, KandidatRow, KonteksTim, TimRow
from ekinerja_desktop.services.tim import LayananTim
from ekinerja_desktop.services.uow import Aktor, ChangeSet, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page
from ekinerja_desktop.views.common.table_model import ID_ROLE, SORT_ROLE, RowTableModel
from ekinerja_desktop.views.tim.common import PesanLabel, berhasil, tanya
from ekinerja_desktop.views.tim.dialogs import (
    NilaiRhk,
    PilihanRhk,
    PilihPegawaiDialog,
    RhkPeranDialog,
    TimDialog,
)
from ekinerja_desktop.views.tim.tim_models import (
    AnggotaTableModel,
    RhkKetuaTableModel,
    TimTableModel,
)

WATCHED = frozenset({"tim_kerja", "anggota_tim", "skp", "rhk", "pegawai", "unor"})


def tabel(model: RowTableModel[Any], name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    return view, proxy


def pas_kolom(view: QTableView, maks: int = 170) -> None:
    """Columns fitted to their content, text columns capped (elided, full text in a tooltip),
    and the first column taking what is left: every column stays in view at 1024×768."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    view.resizeColumnsToContents()
    for column in range(1, header.count()):
        header.resizeSection(column, min(maks, header.sectionSize(column) + 8))
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def tombol(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class TimKerjaPage(Page):
    def __init__(self, uow: UnitOfWork, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_tim_kerja")
        self.uow = uow
        self.layanan = LayananTim(uow)
        self.aktor: Aktor | None = None
        self.konteks = KonteksTim(False, (), frozenset())
        self.dialog: QDialog | None = None  # the open dialog (tests drive it)
        self._stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        bridge.sig_changes_applied.connect(self._on_changes)

        self.heading = QLabel(self.title())
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.tahun = QSpinBox()
        self.tahun.setRange(2000, 2100)
        self.tahun.setValue(uow.today().year)
        self.tahun.setAccessibleName(self.tr("Tahun"))
        self.tahun.valueChanged.connect(lambda _v: self.refresh())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari tim… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Cari tim kerja"))
        self._build_actions()
        self.pesan = PesanLabel()

        self.tim_model = TimTableModel(self)
        self.tim_view, self.tim_proxy = tabel(self.tim_model, "tabel_tim")
        self.tim_view.setAccessibleName(self.tr("Daftar tim kerja"))
        self.search.textChanged.connect(self.tim_proxy.setFilterFixedString)
        self.tim_view.selectionModel().currentRowChanged.connect(lambda *_: self._tim_dipilih())
        self.anggota_model = AnggotaTableModel(self)
        self.anggota_view, self.anggota_proxy = tabel(self.anggota_model, "tabel_anggota")
        self.anggota_view.setAccessibleName(self.tr("Anggota tim"))
        self.anggota_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_actions()
        )
        self.rhk_model = RhkKetuaTableModel(self)
        self.rhk_view, _ = tabel(self.rhk_model, "tabel_rhk_ketua")
        self.rhk_view.setAccessibleName(self.tr("RHK ketua untuk tim"))
        self.judul_anggota = QLabel()
        self.judul_anggota.setObjectName("judul_anggota")
        self._layout()
        self.refresh()

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
            act = QAction(text, self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            return act

        self.act_tambah_tim = action(self.tr("&Tambah Tim Kerja"), self.tambah_tim, "Ctrl+N")
        self.act_generate = action(self.tr("&Generate SKP Organisasi"), self.generate)
        self.act_ketua = action(self.tr("Atur &Ketua Tim"), self.atur_ketua)
        self.act_hapus_tim = action(self.tr("Hapus Tim"), self.hapus_tim)
        self.act_tambah_anggota = action(
            self.tr("Tambah &Anggota"), self.tambah_anggota, "Ctrl+Shift+N"
        )
        self.act_hapus_anggota = action(self.tr("&Hapus Anggota"), self.hapus_anggota)
        self.act_tambah_rhk = action(self.tr("Tambah &RHK Anggota"), self.tambah_rhk, "Ctrl+R")
        find = action(self.tr("Cari"), self.focus_search)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _layout(self) -> None:
        atas = QHBoxLayout()
        tahun_label = QLabel(self.tr("Ta&hun:"))
        tahun_label.setBuddy(self.tahun)
        atas.addWidget(tahun_label)
        atas.addWidget(self.tahun)
        for act in (self.act_tambah_tim, self.act_generate, self.act_ketua, self.act_hapus_tim):
            atas.addWidget(tombol(act))
        atas.addSpacing(8)
        atas.addWidget(self.search, 1)
        aksi_anggota = QHBoxLayout()
        aksi_anggota.addWidget(self.judul_anggota, 1)
        for act in (self.act_tambah_anggota, self.act_hapus_anggota, self.act_tambah_rhk):
            aksi_anggota.addWidget(tombol(act))
        bawah_split = QSplitter(Qt.Orientation.Horizontal)
        bawah_split.addWidget(self.anggota_view)
        bawah_split.addWidget(self.rhk_view)
        bawah_split.setStretchFactor(0, 3)
        bawah_split.setStretchFactor(1, 2)
        bawah = QWidget()
        bawah_layout = QVBoxLayout(bawah)
        bawah_layout.setContentsMargins(0, 4, 0, 0)
        bawah_layout.addLayout(aksi_anggota)
        bawah_layout.addWidget(bawah_split, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tim_view)
        split.addWidget(bawah)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.heading)
        layout.addLayout(atas)
        layout.addWidget(self.pesan)
        layout.addWidget(split, 1)

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Tim Kerja")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon)

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        self.search.clear()
        self.pesan.bersihkan()
        self.refresh()

    @property
    def tersedia(self) -> bool:
        """In the navigation for a JPT and for anyone in a team (S000: non-JPT users see the
        teams they are in)."""
        return self.konteks.jpt or self.tim_model.rowCount() > 0

    def refresh(self) -> None:
        self._stale = False
        self._refresh_timer.stop()
        dipilih = self.tim_terpilih()
        if self.aktor is None:
            self.konteks = KonteksTim(False, (), frozenset())
            self.tim_model.set_rows(())
        else:
            self.konteks = self.layanan.konteks()
            self.tim_model.set_rows(self.layanan.daftar_tim(self.tahun.value()))
            pas_kolom(self.tim_view, 140)
        if not (dipilih and self.pilih_tim(dipilih.id)) and self.tim_proxy.rowCount():
            self.tim_view.setCurrentIndex(self.tim_proxy.index(0, 0))
        self._tim_dipilih()

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    # --- selection ------------------------------------------------------------------------------

    def tim_terpilih(self) -> TimRow | None:
        index = self.tim_view.currentIndex()
        if not index.isValid():
            return None
        row = self.tim_model.row_of_id(str(index.data(ID_ROLE)))
        return self.tim_model.row_at(row) if row is not None else None

    def anggota_terpilih(self) -> AnggotaRow | None:
        index = self.anggota_view.currentIndex()
        if not index.isValid():
            return None
        row = self.anggota_model.row_of_id(str(index.data(ID_ROLE)))
        return self.anggota_model.row_at(row) if row is not None else None

    def pilih_tim(self, tim_id: str) -> bool:
        row = self.tim_model.row_of_id(tim_id)
        if row is None:
            return False
        index = self.tim_proxy.mapFromSource(self.tim_model.index(row, 0))
        if not index.isValid():
            return False
        self.tim_view.setCurrentIndex(index)
        return True

    def pilih_anggota(self, pegawai_id: str) -> bool:
        row = self.anggota_model.row_of_id(pegawai_id)
        if row is None:
            return False
        self.anggota_view.setCurrentIndex(
            self.anggota_proxy.mapFromSource(self.anggota_model.index(row, 0))
        )
        return True

    def _tim_dipilih(self) -> None:
        tim = self.tim_terpilih()
        anggota_dipilih = self.anggota_terpilih()
        if tim is None:
            self.anggota_model.set_rows(())
            self.rhk_model.set_rows(())
            self.judul_anggota.setText(
                self.tr("Belum ada tim kerja tahun {tahun}.").format(tahun=self.tahun.value())
                if self.aktor
                else ""
            )
        else:
            self.anggota_model.set_rows(self.layanan.anggota(tim.id))
            self.rhk_model.set_rows(self.layanan.rhk_ketua(tim.id))
            pas_kolom(self.anggota_view, 150)
            pas_kolom(self.rhk_view, 150)
            self.judul_anggota.setText(
                self.tr(
                    "<b>{tim}</b> — ketua: {ketua} · %n anggota", "", tim.jumlah_anggota
                ).format(tim=tim.nama, ketua=tim.ketua_nama or self.tr("belum diatur"))
            )
            if anggota_dipilih is not None:
                self.pilih_anggota(anggota_dipilih.id)
        self._update_actions()

    def _update_actions(self) -> None:
        tim, anggota = self.tim_terpilih(), self.anggota_terpilih()
        kelola = tim is not None and tim.dapat_kelola
        ketua = tim is not None and tim.aktor_ketua
        self.act_tambah_tim.setEnabled(self.konteks.jpt)
        self.act_generate.setEnabled(kelola and tim is not None and not tim.skp_organisasi_dibuat)
        self.act_ketua.setEnabled(kelola and tim is not None and tim.skp_organisasi_dibuat)
        self.act_hapus_tim.setEnabled(kelola)
        self.act_tambah_anggota.setEnabled(ketua)
        self.act_hapus_anggota.setEnabled(ketua and anggota is not None)
        self.act_tambah_rhk.setEnabled(
            ketua and anggota is not None and self.rhk_model.rowCount() > 0
        )
        self.act_tambah_rhk.setToolTip(
            self.tr("Tambahkan RHK ketua untuk tim ini di SKP Anda terlebih dahulu.")
            if ketua and self.rhk_model.rowCount() == 0
            else ""
        )

    # --- the JPT --------------------------------------------------------------------------------

    def tambah_tim(self) -> None:
        tahun = self.tahun.value()
        dibuat: list[str] = []

        def simpan(unor_id: str, nama: str) -> None:
            dibuat.append(self.layanan.buat_tim(unor_id, nama, tahun))

        dialog = TimDialog(self.konteks.unor, tahun, simpan, self)
        dialog.accepted.connect(
            lambda: self._selesai(self.tr("Tim kerja dibuat."), dibuat[-1] if dibuat else None)
        )
        self._buka(dialog)

    def generate(self) -> None:
        tim = self.tim_terpilih()
        if tim is None:
            return
        self.pesan.bersihkan()
        if not berhasil(self.pesan, lambda: self.layanan.generate_skp_organisasi(tim.id)):
            return
        self._selesai(
            self.tr("SKP organisasi tim “{tim}” dibuat; atur ketua timnya.").format(tim=tim.nama),
            tim.id,
        )

    def atur_ketua(self) -> None:
        tim = self.tim_terpilih()
        if tim is None:
            return
        kandidat = self.layanan.cari_kandidat(tim.tahun)
        hasil: list[str] = []

        def simpan(k: KandidatRow) -> None:
            h = self.layanan.set_ketua(tim.id, k.id)
            teks = self.tr("{nama} menjadi ketua tim “{tim}”.").format(nama=k.nama, tim=tim.nama)
            if h.diwariskan:
                teks += " " + self.tr("%n RHK tim diwariskan ke SKP-nya.", "", h.diwariskan)
            if h.tidak_diwariskan:
                teks += " " + self.tr(
                    "%n RHK tim belum diwariskan: SKP ketua baru tidak berstatus Draft.",
                    "",
                    h.tidak_diwariskan,
                )
            hasil.append(teks)

        dialog = PilihPegawaiDialog(self.tr("Pengaturan Ketua Tim"), kandidat, simpan, self)
        dialog.accepted.connect(lambda: self._selesai(hasil[-1] if hasil else "", tim.id))
        self._buka(dialog)

    def hapus_tim(self) -> None:
        tim = self.tim_terpilih()
        if tim is None:
            return

        def hapus() -> None:
            if not berhasil(self.pesan, lambda: self.layanan.hapus_tim(tim.id)):
                return
            self._selesai(self.tr("Tim kerja “{tim}” dihapus.").format(tim=tim.nama), None)

        self.pesan.bersihkan()
        self.dialog = tanya(
            self,
            self.tr("Hapus Tim Kerja"),
            self.tr("Hapus tim kerja “{tim}” beserta keanggotaannya?").format(tim=tim.nama),
            hapus,
        )

    # --- the ketua ------------------------------------------------------------------------------

    def tambah_anggota(self) -> None:
        tim = self.tim_terpilih()
        if tim is None:
            return
        sudah = {a.id for a in self.anggota_model.rows()} | {tim.ketua_id}
        kandidat = [k for k in self.layanan.cari_kandidat(tim.tahun) if k.id not in sudah]
        dipilih: list[str] = []

        def simpan(k: KandidatRow) -> None:
            self.layanan.tambah_anggota(tim.id, k.id)
            dipilih.append(k.id)

        dialog = PilihPegawaiDialog(self.tr("Tambah Anggota Tim"), kandidat, simpan, self)
        dialog.accepted.connect(
            lambda: self._selesai(self.tr("Anggota tim ditambahkan."), tim.id, dipilih)
        )
        self._buka(dialog)

    def hapus_anggota(self) -> None:
        tim, anggota = self.tim_terpilih(), self.anggota_terpilih()
        if tim is None or anggota is None:
            return

        def hapus() -> None:
            if not berhasil(self.pesan, lambda: self.layanan.hapus_anggota(tim.id, anggota.id)):
                return
            self._selesai(self.tr("{nama} dikeluarkan dari tim.").format(nama=anggota.nama), tim.id)

        self.pesan.bersihkan()
        self.dialog = tanya(
            self,
            self.tr("Hapus Anggota"),
            self.tr(
                "Keluarkan {nama} dari tim “{tim}”? RHK yang sudah ada di SKP-nya tetap ada."
            ).format(nama=anggota.nama, tim=tim.nama),
            hapus,
        )

    def tambah_rhk(self) -> None:
        tim, anggota = self.tim_terpilih(), self.anggota_terpilih()
        if tim is None or anggota is None:
            return
        pilihan = [PilihanRhk(r.id, r.teks) for r in self.rhk_model.rows()]

        def simpan(nilai: NilaiRhk) -> None:
            self.layanan.tambah_rhk_anggota(
                tim.id,
                anggota.id,
                nilai.rhk_diintervensi_id,
                nilai.teks,
                nilai.jenis,
                nilai.indikator or None,
            )

        dialog = RhkPeranDialog(anggota.nama, pilihan, None, tim.nama, simpan, self)
        dialog.accepted.connect(
            lambda: self._selesai(
                self.tr("RHK ditambahkan ke SKP {nama}.").format(nama=anggota.nama),
                tim.id,
                [anggota.id],
            )
        )
        self._buka(dialog)

    # --- plumbing -------------------------------------------------------------------------------

    def _buka(self, dialog: QDialog) -> None:
        self.pesan.bersihkan()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._tutup(dialog))
        dialog.open()

    def _tutup(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _selesai(self, pesan: str, tim_id: str | None, anggota: list[str] | None = None) -> None:
        self.refresh()
        if tim_id is not None:
            self.pilih_tim(tim_id)
        if anggota:
            self.pilih_anggota(anggota[-1])
        self.pesan.tampilkan(pesan, "info")

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
