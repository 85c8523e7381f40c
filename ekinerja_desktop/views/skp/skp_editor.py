"""The SKP editor: one page per SKP (S000 "Detail Sasaran Kinerja Pegawai").

Header (pegawai yang dinilai, pejabat penilai kinerja, "Muat ulang"), status and the catatan
perbaikan; the Hasil Kerja tree, Perilaku Kerja, Lampiran, Manual Indikator (JPT) and the status
history in tabs. Every edit runs through the services and the page's undo stack; the page
refreshes in place from the ChangeSet, whoever made the change. It is read-only, with the
reason shown, when the acting user may not edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import (
    DomainError,
    JenisLampiran,
    JenisSkp,
    NilaiBerakhlak,
    StatusSkp,
    ada_error,
)
from ekinerja_desktop.services.queries_skp import SkpEditorData
from ekinerja_desktop.services.skp import LayananSkp, SkpBelumValid
from ekinerja_desktop.services.uow import Aktor, ChangeSet
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page
from ekinerja_desktop.views.dokumen import actions as dokumen
from ekinerja_desktop.views.excel import actions as excel
from ekinerja_desktop.views.skp import perintah as cmd
from ekinerja_desktop.views.skp.dialog_iki import IkiDialog
from ekinerja_desktop.views.skp.dialog_rhk import KonteksRhk, RhkDialog
from ekinerja_desktop.views.skp.dialog_status import EditStatusDialog, konfirmasi_ajukan
from ekinerja_desktop.views.skp.kepala_skp import KepalaSkp, periode
from ekinerja_desktop.views.skp.panel_hasil_kerja import HasilKerjaPanel
from ekinerja_desktop.views.skp.panel_lampiran import DaftarLampiran, LampiranPanel
from ekinerja_desktop.views.skp.panel_manual import ManualPanel
from ekinerja_desktop.views.skp.panel_perilaku import PerilakuPanel
from ekinerja_desktop.views.skp.panel_riwayat import RiwayatPanel
from ekinerja_desktop.views.skp.salin_skp import KosongSalin, SalinDariSkp, SalinSkpDialog

# Records whose change can change what the editor shows.
WATCHED = frozenset(
    {"skp", "rhk", "iki", "lampiran_item", "ekspektasi_khusus", "manual_iki",
     "riwayat_status_skp", "pegawai", "unor", "tim_kerja", "anggota_tim"}
)  # fmt: skip


TAB_HASIL, TAB_PERILAKU, TAB_LAMPIRAN, TAB_MANUAL, TAB_RIWAYAT = range(5)


class SkpEditorPage(Page):
    tutup_diminta = Signal()

    def __init__(
        self,
        layanan: LayananSkp,
        bridge: ChangeBridge,
        skp_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_skp_editor")
        self.layanan = layanan
        self.skp_id = skp_id
        self.data: SkpEditorData | None = None
        self._stale = False
        self._pilih_setelah_muat: str | None = None
        self.dialog: QWidget | None = None  # the dialog open on this page, if any
        self.penyunting = cmd.Penyunting(layanan, self)
        self.penyunting.gagal.connect(self.tampilkan_galat)
        self._galat_tertangkap: list[str] | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # several commits in a row → one reload
        self._refresh_timer.timeout.connect(self.refresh)
        bridge.sig_changes_applied.connect(self._on_changes)

        self._build_actions()
        self._build_ui()
        self.refresh()

    # --- actions ---------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Any, shortcut: str | QKeySequence | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        style = self.style()
        self.act_tambah_rhk = self._action(self.tr("Tambah &RHK…"), self.tambah_rhk, "Ctrl+R")
        self.act_tambah_rhk.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.act_tambah_iki = self._action(self.tr("Tambah &IKI…"), self.tambah_iki, "Ctrl+I")
        self.act_salin = self._action(
            self.tr("Salin &dari SKP sebelumnya…"),
            self.salin_dari_skp,
            tip=self.tr("Salin RHK dan IKI dari SKP Anda sebelumnya ke SKP ini"),
        )
        self.act_salin.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.act_salin.setIconText(self.tr("Salin SKP lalu"))  # the tool bar fits 1024×768
        self.act_ubah = self._action(self.tr("&Ubah…"), self.ubah, "Ctrl+E")
        self.act_hapus = self._action(
            self.tr("&Hapus…"), self.hapus, QKeySequence(QKeySequence.StandardKey.Delete)
        )
        self.act_hapus.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.act_naik = self._action(self.tr("Pindah ke a&tas"), lambda: self.geser(-1), "Alt+Up")
        self.act_naik.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.act_turun = self._action(
            self.tr("Pindah ke &bawah"), lambda: self.geser(1), "Alt+Down"
        )
        self.act_turun.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        for action in (self.act_naik, self.act_turun):
            action.setProperty("ikon_saja", True)
            action.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")
        stack = self.penyunting.stack
        self.act_undo = stack.createUndoAction(self, self.tr("&Urungkan"))
        self.act_undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.act_redo = stack.createRedoAction(self, self.tr("U&lang"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.act_undo, self.act_redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.act_periksa = self._action(self.tr("&Periksa kelengkapan"), self.periksa, "F7")
        self.act_periksa.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
        self.act_ajukan = self._action(self.tr("&Ajukan SKP…"), self.ajukan, "Ctrl+Shift+A")
        self.act_status = self._action(self.tr("Edit &Status…"), self.edit_status, "Ctrl+Shift+S")
        self.act_muat_ulang = self._action(
            self.tr("&Muat ulang data pegawai"),
            self.muat_ulang,
            tip=self.tr("Perbarui identitas pegawai dan pejabat penilai dari data terkini"),
        )
        self.act_cetak = self._action(self.tr("&Cetak SKP…"), self.cetak, "Ctrl+P")
        self.act_template = self._action(
            self.tr("Unduh &template SKP (Excel)…"), self.unduh_template
        )
        self.act_impor = self._action(self.tr("&Impor dari Excel…"), self.impor_excel)
        self.act_tutup = self._action(self.tr("&Tutup SKP"), self.tutup_diminta.emit, "Ctrl+W")
        self.act_tab = [
            self._action(name, lambda i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
            for i, name in enumerate(
                (
                    self.tr("Tab Hasil &Kerja"),
                    self.tr("Tab P&erilaku Kerja"),
                    self.tr("Tab &Lampiran"),
                    self.tr("Tab Ma&nual Indikator"),
                    self.tr("Tab Ri&wayat"),
                )
            )
        ]

    def menu_actions(self) -> list[QAction | None]:
        """The page's entries of the main window's "SKP" menu (None: a separator)."""
        return [
            self.act_tambah_rhk, self.act_tambah_iki, self.act_salin, self.act_ubah,
            self.act_hapus, self.act_naik, self.act_turun, None, self.act_undo, self.act_redo,
            None, self.act_periksa, self.act_ajukan, self.act_status, self.act_muat_ulang, None,
            self.act_cetak, self.act_template, self.act_impor, None,
            *self.act_tab, None, self.act_tutup,
        ]  # fmt: skip

    # --- layout ----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.kepala = KepalaSkp(self.act_muat_ulang.toolTip())
        self.kepala.tombol_ajukan.clicked.connect(self.ajukan)
        self.kepala.tombol_status.clicked.connect(self.edit_status)
        self.kepala.tombol_muat.clicked.connect(self.muat_ulang)
        self.kepala.tombol_tutup.clicked.connect(self.tutup_diminta.emit)
        # the parts tests and actions reach
        k = self.kepala
        self.status, self.keterangan, self.tombol_ajukan = k.status, k.keterangan, k.tombol_ajukan
        self.tombol_status, self.tombol_muat = k.tombol_status, k.tombol_muat
        self.galat, self.hanya_baca, self.catatan = k.galat, k.hanya_baca, k.catatan
        self.pegawai, self.penilai, self.identitas = k.pegawai, k.penilai, k.identitas

        toolbar: list[QAction | None] = [
            self.act_tambah_rhk, self.act_tambah_iki, self.act_ubah, self.act_hapus, None,
            self.act_naik, self.act_turun, None, self.act_undo, self.act_redo, None,
            self.act_periksa, self.act_salin,
        ]  # fmt: skip
        self.hasil = HasilKerjaPanel(toolbar)
        self.kosong_salin = KosongSalin(self.act_salin, self.act_tambah_rhk)
        hasil_layout = self.hasil.layout()
        assert isinstance(hasil_layout, QVBoxLayout)
        hasil_layout.insertWidget(1, self.kosong_salin)  # between the tool buttons and the tree
        model = self.hasil.model
        model.edit_handler = self._ubah_sel
        model.order_handler = self._ubah_urutan
        self.hasil.tree.activated.connect(lambda _index: self.ubah())
        self.hasil.tree.doubleClicked.connect(self._klik_ganda)
        self.hasil.tree.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.hasil.validasi.temuan_dipilih.connect(self.pilih_temuan)

        self.perilaku = PerilakuPanel()
        self.perilaku.model.handler = self._ubah_ekspektasi
        self.lampiran = LampiranPanel()
        for daftar in self.lampiran.daftar.values():
            self._sambung_lampiran(daftar)
        self.manual = ManualPanel()
        self.manual.simpan = self._simpan_manual
        self.riwayat = RiwayatPanel()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tab_skp")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.hasil, self.tr("Hasil Kerja"))
        self.tabs.addTab(self.perilaku, self.tr("Perilaku Kerja"))
        self.tabs.addTab(self.lampiran, self.tr("Lampiran"))
        self.tabs.addTab(self.manual, self.tr("Manual Indikator"))
        self.tabs.addTab(self.riwayat, self.tr("Riwayat"))

        self.hilang = QLabel(self.tr("SKP ini sudah dihapus atau tidak tersedia di komputer ini."))
        self.hilang.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hilang.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 6)
        layout.setSpacing(4)
        layout.addWidget(self.kepala)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hilang, 1)
        self.setTabOrder(self.hasil.tree, self.hasil.validasi.list)

    # --- Page --------------------------------------------------------------------------------

    def title(self) -> str:
        if self.data is None:
            return self.tr("SKP")
        header = self.data.header
        if self.data.hak.peran in (None,) or header.pegawai_id != self._aktor_id():
            nama = header.pegawai.nama.split(",")[0].split()[0] if header.pegawai.nama else ""
            return self.tr("SKP {nama} {tahun}").format(nama=nama, tahun=header.tahun)
        return self.tr("SKP {tahun}").format(tahun=header.tahun)

    def tooltip(self) -> str:
        if self.data is None:
            return ""
        header = self.data.header
        return f"{header.pegawai.nama} · {periode(header.periode_awal, header.periode_akhir)}"

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.penyunting.stack.clear()
        self.refresh()

    def _aktor_id(self) -> str | None:
        aktor = self.layanan.uow.aktor
        return aktor.pegawai_id if aktor else None

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        data = self.layanan.muat_editor(self.skp_id)
        self._tampilkan(data)

    def _tampilkan(self, data: SkpEditorData | None) -> None:
        before = self.data
        self.data = data
        self.tabs.setVisible(data is not None)
        self.identitas.setVisible(data is not None)
        self.hilang.setVisible(data is None)
        if data is None:
            self.penyunting.stack.clear()
            for action in self.actions():
                action.setEnabled(action is self.act_tutup)
            return
        hak, header = data.hak, data.header
        if before is not None and (
            before.hak.boleh_edit_isi != hak.boleh_edit_isi
            or before.hak.boleh_ekspektasi != hak.boleh_ekspektasi
        ):
            self.penyunting.stack.clear()  # the old edits can no longer be undone here
        self.kepala.tampilkan(data)
        self.hasil.set_format(header.jenis, header.pendekatan)
        self.hasil.set_rows(data.rhk, data.temuan, hak.boleh_edit_isi, hak.boleh_edit_isi)
        if before is None:
            self.hasil.tree.expandAll()
        self.perilaku.set_rows(data.perilaku, hak.boleh_ekspektasi, self._catatan_perilaku(data))
        self.lampiran.set_rows(data.lampiran, hak.boleh_edit_isi)
        jpt = header.jenis is JenisSkp.JPT
        self.tabs.setTabVisible(TAB_MANUAL, jpt)
        if jpt:
            self.manual.set_rows(data.manual, hak.boleh_edit_isi)
        self.riwayat.set_rows(data.riwayat)
        self.tabs.setTabText(TAB_HASIL, self.tr("Hasil Kerja ({n} RHK)").format(n=len(data.rhk)))
        self.kosong_salin.tampilkan(
            hak.boleh_edit_isi and not data.rhk,
            hak.boleh_edit_isi and not data.rhk and self._ada_skp_sebelumnya(),
        )
        self.tabs.setTabText(TAB_RIWAYAT, self.tr("Riwayat ({n})").format(n=len(data.riwayat)))
        if self._pilih_setelah_muat and self.hasil.select_id(self._pilih_setelah_muat):
            self._pilih_setelah_muat = None
        self._update_actions()

    def _catatan_perilaku(self, data: SkpEditorData) -> str:
        if data.hak.boleh_ekspektasi:
            return self.tr(
                "Sebagai pejabat penilai, tulis ekspektasi khusus pada kolom kanan (klik dua kali "
                "atau F2). Ekspektasi dapat ditulis selama SKP berstatus Draft atau Pengajuan."
            )
        return self.tr(
            "Ekspektasi khusus pimpinan ditulis oleh pejabat penilai kinerja saat meninjau SKP."
        )

    # --- documents and Excel ----------------------------------------------------------------

    def cetak(self) -> None:
        dokumen.cetak_skp(self, self.layanan.uow, self.skp_id)

    def unduh_template(self) -> None:
        excel.unduh_template_skp(self, self.layanan.uow, self.skp_id)

    def impor_excel(self) -> None:
        if excel.impor_dari_excel(self, self.layanan.uow, self.skp_id) is not None:
            # The undo commands refer to the content before the import.
            self.penyunting.stack.clear()

    def _update_actions(self) -> None:
        data = self.data
        edit = data is not None and data.hak.boleh_edit_isi
        tree_has = self.hasil.current_rhk() is not None
        for action in (self.act_tambah_rhk, self.act_salin):
            action.setEnabled(edit)
        for action in (self.act_tambah_iki, self.act_hapus, self.act_naik, self.act_turun):
            action.setEnabled(edit and tree_has)
        self.act_ubah.setEnabled(tree_has)  # read-only users open the dialogs to read
        self.act_periksa.setEnabled(edit)
        self.act_ajukan.setEnabled(edit)
        self.tombol_ajukan.setVisible(edit)
        self.act_muat_ulang.setEnabled(edit)
        self.tombol_muat.setVisible(edit)
        self.act_cetak.setEnabled(data is not None)
        self.act_template.setEnabled(edit)
        self.act_impor.setEnabled(edit)
        transisi = data is not None and bool(data.hak.transisi)
        self.act_status.setEnabled(transisi)
        self.tombol_status.setVisible(transisi)
        for action in self.act_tab:
            action.setEnabled(data is not None)
        self.act_tab[TAB_MANUAL].setEnabled(data is not None and data.header.jenis is JenisSkp.JPT)

    # --- changes from anywhere ------------------------------------------------------------

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

    # --- running edits ---------------------------------------------------------------------

    def tampilkan_galat(self, pesan: str) -> None:
        if self._galat_tertangkap is not None:
            self._galat_tertangkap.append(pesan)
            return
        self.galat.setText(pesan)
        self.galat.show()
        self.status_message.emit(pesan)

    def _jalankan(self, perintah: cmd.Perintah, pilih: str | None = None) -> str | None:
        """Run one edit; returns the refusal (also shown in the page's banner) or None."""
        self._galat_tertangkap = []
        try:
            ok = self.penyunting.jalankan(perintah)
        finally:
            tertangkap, self._galat_tertangkap = self._galat_tertangkap, None
        if not ok:
            return tertangkap[0] if tertangkap else self.tr("Perubahan ditolak.")
        self.galat.hide()
        if pilih:
            self._pilih_setelah_muat = pilih
        return None

    def _jalankan_banner(self, perintah: cmd.Perintah) -> bool:
        error = self._jalankan(perintah)
        if error:
            self.tampilkan_galat(error)
        return error is None

    def _ubah_sel(self, kind: str, id_: str, fields: dict[str, Any]) -> bool:
        if kind == "rhk":
            row = self._rhk(id_)
            if row is None:
                return False
            lama = {key: getattr(row, key) for key in fields}
            return self._jalankan_banner(cmd.UbahRhk(self.layanan, id_, lama, fields))
        iki = self._iki(id_)
        if iki is None:
            return False
        lama = {key: getattr(iki, key) for key in fields}
        if lama == fields:
            return False
        return self._jalankan_banner(cmd.UbahIki(self.layanan, id_, lama, fields))

    def _ubah_urutan(
        self, kind: str, before: dict[Any, list[str]], after: dict[Any, list[str]]
    ) -> bool:
        if kind == "rhk":
            return self._jalankan_banner(cmd.UrutanRhk(self.layanan, self.skp_id, before, after))
        return self._jalankan_banner(cmd.UrutanIki(self.layanan, before, after))

    def _ubah_ekspektasi(self, nilai: NilaiBerakhlak, lama: str, baru: str) -> bool:
        return self._jalankan_banner(
            cmd.AturEkspektasi(self.layanan, self.skp_id, nilai, lama, baru)
        )

    def _simpan_manual(self, iki_id: str, lama: dict[str, Any], baru: dict[str, Any]) -> bool:
        return self._jalankan_banner(cmd.AturManual(self.layanan, iki_id, lama, baru))

    def _sambung_lampiran(self, daftar: DaftarLampiran) -> None:
        daftar.model.ubah = lambda id_, lama, baru: self._jalankan_banner(
            cmd.UbahLampiran(self.layanan, id_, lama, baru)
        )
        daftar.tambah.clicked.connect(lambda: self._tambah_lampiran(daftar))
        daftar.hapus.clicked.connect(lambda: self._hapus_lampiran(daftar))
        daftar.naik.clicked.connect(lambda: self._geser_lampiran(daftar, -1))
        daftar.turun.clicked.connect(lambda: self._geser_lampiran(daftar, 1))

    def _tambah_lampiran(self, daftar: DaftarLampiran) -> None:
        teks = daftar.baru.text().strip()
        if not teks:
            daftar.baru.setFocus()
            return
        perintah = cmd.TambahLampiran(self.layanan, self.skp_id, daftar.jenis, teks)
        if self._jalankan_banner(perintah):
            daftar.baru.clear()

    def _hapus_lampiran(self, daftar: DaftarLampiran) -> None:
        item_id = daftar.selected_id()
        if item_id:
            self._jalankan_banner(cmd.HapusLampiran(self.layanan, item_id))

    def _geser_lampiran(self, daftar: DaftarLampiran, arah: int) -> None:
        item_id = daftar.selected_id()
        ids = [r.id for r in daftar.model.rows]
        if item_id is None or item_id not in ids:
            return
        i = ids.index(item_id)
        j = i + arah
        if not 0 <= j < len(ids):
            return
        baru = list(ids)
        baru[i], baru[j] = baru[j], baru[i]
        perintah = cmd.UrutanLampiran(self.layanan, self.skp_id, daftar.jenis, ids, baru)
        if self._jalankan_banner(perintah):
            QTimer.singleShot(0, lambda: daftar.select_id(item_id))

    def lampiran_daftar(self, jenis: JenisLampiran) -> DaftarLampiran:
        return self.lampiran.daftar[jenis]

    # --- lookups ---------------------------------------------------------------------------

    def _rhk(self, rhk_id: str) -> Any:
        rows = self.data.rhk if self.data else ()
        return next((r for r in rows if r.id == rhk_id), None)

    def _iki(self, iki_id: str) -> Any:
        rows = self.data.rhk if self.data else ()
        return next((i for r in rows for i in r.iki if i.id == iki_id), None)

    # --- the Hasil Kerja actions -------------------------------------------------------------

    def _konteks_rhk(self) -> KonteksRhk:
        assert self.data is not None
        header = self.data.header
        penilai = header.pejabat_penilai
        return KonteksRhk(
            pimpinan=self.layanan.rhk_pimpinan(self.skp_id),
            tampilkan_intervensi=header.jenis is JenisSkp.JA_JF,
            unor=(header.unor_id, header.unor_nama),
            tim=self.layanan.tim_untuk_rhk(self.skp_id),
            penugasan_bawaan=penilai.jabatan if penilai else "",
        )

    def _buka(self, dialog: QDialog) -> None:
        """Window-modal, without a nested event loop; the keyboard returns to the tree."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        kembali = self.tabs.currentWidget().focusWidget() or self.hasil.tree
        dialog.finished.connect(lambda _r: kembali.setFocus(Qt.FocusReason.OtherFocusReason))
        dialog.open()

    def tambah_rhk(self) -> None:
        if self.data is None or not self.data.hak.boleh_edit_isi:
            return
        current = self.hasil.current_rhk()

        def simpan(fields: dict[str, Any]) -> str | None:
            perintah = cmd.TambahRhk(self.layanan, self.skp_id, fields)
            error = self._jalankan(perintah)
            if error is None:
                self._pilih_setelah_muat = perintah.record_id
            return error

        dialog = RhkDialog(self._konteks_rhk(), simpan, parent=self)
        if current is not None:  # a new RHK goes in the group the user is working in
            dialog.jenis.setCurrentIndex(dialog.jenis.findData(current.jenis.value))
        self._buka(dialog)

    def salin_dari_skp(self) -> None:
        """ "Salin dari SKP sebelumnya…": the dialog chooses, one undo command copies."""
        if self.data is None or not self.data.hak.boleh_edit_isi:
            return
        header = self.data.header

        def simpan(sumber_id: str, pilihan: dict[str, list[str]]) -> str | None:
            perintah = SalinDariSkp(self.layanan, self.skp_id, sumber_id, pilihan)
            error = self._jalankan(perintah)
            if error is None:
                hasil = perintah.hasil
                self._pilih_setelah_muat = hasil.rhk_ids[0] if hasil.rhk_ids else None
                pesan = self.tr(
                    "{rhk} RHK dan {iki} IKI disalin; Urungkan (Ctrl+Z) membatalkan."
                ).format(rhk=len(hasil.rhk_ids), iki=len(hasil.iki_ids))
                if hasil.intervensi_dikosongkan:
                    pesan += " " + self.tr(
                        "{n} RHK perlu memilih ulang RHK pimpinan yang diintervensi."
                    ).format(n=hasil.intervensi_dikosongkan)
                self.status_message.emit(pesan)
            return error

        dialog = SalinSkpDialog(
            self.layanan, self.skp_id, header.jenis, header.pendekatan, simpan, parent=self
        )
        self._buka(dialog)

    def _ada_skp_sebelumnya(self) -> bool:
        return bool(self.layanan.skp_sumber_salinan(self.skp_id))

    def tambah_iki(self) -> None:
        rhk = self.hasil.current_rhk()
        if self.data is None or rhk is None or not self.data.hak.boleh_edit_isi:
            self.status_message.emit(self.tr("Pilih RHK yang akan ditambah IKI-nya."))
            return
        header = self.data.header

        def simpan(fields: dict[str, Any]) -> str | None:
            perintah = cmd.TambahIki(self.layanan, rhk.id, fields)
            error = self._jalankan(perintah)
            if error is None:
                self._pilih_setelah_muat = perintah.record_id
            return error

        self._buka(IkiDialog(header.jenis, header.pendekatan, rhk.teks, simpan, parent=self))

    def ubah(self) -> None:
        if self.data is None:
            return
        iki, rhk = self.hasil.current_iki(), self.hasil.current_rhk()
        if rhk is None:
            return
        editable = self.data.hak.boleh_edit_isi
        header = self.data.header

        if iki is not None:

            def simpan_iki(fields: dict[str, Any]) -> str | None:
                if not editable:
                    return self.data.hak.alasan_hanya_baca if self.data else None
                lama = {key: getattr(iki, key) for key in fields}
                if lama == fields:
                    return None
                return self._jalankan(cmd.UbahIki(self.layanan, iki.id, lama, fields))

            dialog: QDialog = IkiDialog(
                header.jenis, header.pendekatan, rhk.teks, simpan_iki, iki, parent=self
            )
        else:

            def simpan_rhk(fields: dict[str, Any]) -> str | None:
                if not editable:
                    return self.data.hak.alasan_hanya_baca if self.data else None
                lama = {key: getattr(rhk, key) for key in fields}
                if lama == fields:
                    return None
                return self._jalankan(cmd.UbahRhk(self.layanan, rhk.id, lama, fields))

            konteks = self._konteks_rhk() if editable else self._konteks_baca(rhk)
            dialog = RhkDialog(konteks, simpan_rhk, rhk, parent=self)
        if not editable:  # to read: nothing can be changed, only closed
            dialog.setWindowTitle(self.tr("Lihat (hanya baca)"))
            for child in dialog.findChildren(QWidget):
                if hasattr(child, "setReadOnly"):
                    child.setReadOnly(True)
                elif isinstance(child, QComboBox):
                    child.setEnabled(False)
            buttons = dialog.findChild(QDialogButtonBox)
            if buttons is not None:
                buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
                buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Tutup"))
        self._buka(dialog)

    def _konteks_baca(self, rhk: Any) -> KonteksRhk:
        """Read-only users see the RHK's leader RHK without asking for the whole list."""
        assert self.data is not None
        header = self.data.header
        pimpinan = [
            r for r in self.layanan.rhk_pimpinan(self.skp_id) if r.id == rhk.rhk_diintervensi_id
        ]
        return KonteksRhk(pimpinan, header.jenis is JenisSkp.JA_JF,
                          (header.unor_id, header.unor_nama), (), "")  # fmt: skip

    def _klik_ganda(self, index: Any) -> None:
        # Editable cells open their inline editor; the others open the dialog.
        if not (self.hasil.model.flags(index) & Qt.ItemFlag.ItemIsEditable):
            self.ubah()

    def hapus(self) -> None:
        if self.data is None or not self.data.hak.boleh_edit_isi:
            return
        iki, rhk = self.hasil.current_iki(), self.hasil.current_rhk()
        if rhk is None:
            return
        box = QMessageBox(self)
        box.setObjectName("konfirmasi_hapus")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Hapus"))
        if iki is not None:
            box.setText(self.tr("Hapus IKI \u201c{teks}\u201d?").format(teks=iki.indikator))
            perintah: cmd.Perintah = cmd.HapusIki(self.layanan, iki.id)
        else:
            box.setText(
                self.tr("Hapus RHK \u201c{teks}\u201d beserta {n} IKI-nya?").format(
                    teks=rhk.teks, n=len(rhk.iki)
                )
            )
            perintah = cmd.HapusRhk(self.layanan, rhk.id)
        box.setInformativeText(self.tr("Anda dapat membatalkannya dengan Urungkan (Ctrl+Z)."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Hapus"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Batal"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._jalankan_banner(perintah))
        self._buka(box)

    def geser(self, arah: int) -> None:
        plan = self.hasil.model.plan_geser(self.hasil.tree.currentIndex(), arah)
        if plan is None:
            return
        kind, before, after = plan
        current = self.hasil.model.data(self.hasil.tree.currentIndex(), Qt.ItemDataRole.UserRole)
        if self._ubah_urutan(kind, before, after) and current:
            self._pilih_setelah_muat = str(current)

    def pilih_temuan(self, rhk_id: str, iki_id: str) -> None:
        self.tabs.setCurrentIndex(TAB_HASIL)
        if (iki_id and self.hasil.select_id(iki_id)) or (rhk_id and self.hasil.select_id(rhk_id)):
            self.hasil.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- checking, submitting, reviewing -------------------------------------------------------

    def periksa(self) -> list[Any]:
        """Run every check now and show the findings (F7)."""
        if self.data is None:
            return []
        temuan = self.layanan.validasi(self.skp_id)
        self.hasil.validasi.set_temuan(temuan)
        self.hasil.validasi.show()
        self.tabs.setCurrentIndex(TAB_HASIL)
        return temuan

    def ajukan(self) -> None:
        if self.data is None or not self.data.hak.boleh_ajukan:
            return
        self.manual.simpan_sekarang()
        temuan = self.periksa()
        if ada_error(temuan):
            jumlah = sum(1 for t in temuan if t.tingkat == "ERROR")
            self.tampilkan_galat(
                self.tr(
                    "SKP belum dapat diajukan: {n} kesalahan harus diperbaiki. Klik sebuah "
                    "baris pada daftar pemeriksaan untuk menuju RHK/IKI-nya."
                ).format(n=jumlah)
            )
            self.hasil.validasi.list.setFocus()
            return
        ke = self.data.hak.ajukan_ke
        box = konfirmasi_ajukan(self, ke, [t for t in temuan if t.tingkat == "PERINGATAN"])
        box.accepted.connect(lambda: self._ajukan(ke))
        self._buka(box)

    def _ajukan(self, ke: StatusSkp) -> None:
        try:
            self.layanan.ajukan_skp(self.skp_id, ke)
        except SkpBelumValid as error:
            self.hasil.validasi.set_temuan(error.temuan)
            self.tampilkan_galat(str(error))
            return
        except DomainError as error:
            self.tampilkan_galat(str(error))
            return
        self.galat.hide()
        self.penyunting.stack.clear()
        self.status_message.emit(
            self.tr("SKP diajukan kepada pejabat penilai.")
            if ke is StatusSkp.PENGAJUAN
            else self.tr("SKP ditetapkan.")
        )

    def edit_status(self) -> None:
        data = self.data
        if data is None or not data.hak.transisi or data.hak.peran is None:
            return

        def simpan(ke: StatusSkp, catatan: str | None) -> str | None:
            try:
                self.layanan.ubah_status(self.skp_id, ke, catatan)
            except DomainError as error:
                return str(error)
            self.status_message.emit(
                self.tr("Status SKP diubah menjadi {status}.").format(status=ke.label)
            )
            return None

        peran = data.hak.peran
        self._buka(EditStatusDialog(data.header.status, peran, data.hak.transisi, simpan, self))

    def muat_ulang(self) -> None:
        try:
            self.layanan.muat_ulang_snapshot(self.skp_id)
        except DomainError as error:
            self.tampilkan_galat(str(error))
            return
        self.status_message.emit(self.tr("Data pegawai dan pejabat penilai diperbarui."))
